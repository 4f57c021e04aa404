/**
 * From what a reader got out of a file or a row (a draft) to the article as it is stored:
 * the text cleaned once (NFC, LF, no BOM), its content hash, folded paragraphs, and the
 * metadata the text itself gives when the file did not (title, date, dateline place).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { FoldedRange } from '../../../shared/contract/articles';
import { normalizeForHash } from '../../../shared/arabic/normalize';
import { detectFolded } from '../../../shared/text/boilerplate';
import { cleanImportedText } from '../../../shared/text/clean';
import { codePointLength } from '../../../shared/text/codepoints';
import { parseDateline } from '../../../shared/text/dateline';
import { findDate, isDateLine, parseDate } from '../../../shared/text/dates';
import { clipTitle, findHeadline } from '../../../shared/text/title';
import { ImportFileError } from './read-text-file';

export interface ArticleDraft {
  /** How the report names it: the file, or "file.csv row 17". */
  label: string;
  /** The original_file column: the file's name, or "file.csv row 17". */
  originalFile: string;
  text: string;
  encoding: string | null;
  title?: string | null;
  source?: string | null;
  author?: string | null;
  /** As found (any form dates.ts reads); stored as yyyy-mm-dd. */
  published?: string | null;
  url?: string | null;
  abstract?: string | null;
  /** The title when neither the draft nor the text's first line gives one (default: the file name). */
  fallbackTitle?: string;
  /** The reason given when the text is empty ("the file has no text", "empty body"). */
  emptyReason: 'file_blank' | 'page_no_text' | 'document_no_text' | 'paste_empty' | 'row_empty_body';
}

export interface PreparedArticle {
  label: string;
  originalFile: string;
  title: string;
  text: string;
  chars: number;
  contentHash: string;
  source: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  place: string | null;
  abstract: string | null;
  folded: FoldedRange[];
  encoding: string | null;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text)).digest('hex');
}

/** How many paragraphs from the top may hold the date line and the dateline. */
const HEAD_PARAGRAPHS = 4;
/** A paragraph this long is the body: the head of the article is above it. */
const LONG_PARAGRAPH = 200;

const words = (p: string): number => p.trim().split(/\s+/).length;

const field = (v: string | null | undefined): string | null => {
  const t = v?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/**
 * A page that repeats its headline (as a photo caption, or above the body) marks it: among
 * the first paragraphs, one that comes again later (folded as repeated) is the headline,
 * even below a line of site navigation that would otherwise pass for one.
 */
function repeatedHeadline(paragraphs: string[], folded: FoldedRange[], skip: (i: number) => boolean): { index: number; title: string } | null {
  const repeats = new Set<string>();
  for (const r of folded) if (r.reason === 'repeated') for (let i = r.start; i < r.end; i++) repeats.add(paragraphs[i].trim());
  if (!repeats.size) return null;
  for (let i = 0; i < Math.min(paragraphs.length, HEAD_PARAGRAPHS + 1); i++) {
    if (skip(i) || !repeats.has(paragraphs[i].trim())) continue;
    const found = findHeadline([paragraphs[i]]);
    if (found) return { index: i, title: found.title };
  }
  return null;
}

export function prepareArticle(draft: ArticleDraft): PreparedArticle {
  const text = cleanImportedText(draft.text);
  if (text.trim() === '') throw ImportFileError.because(draft.emptyReason);
  // The same paragraphs as splitParagraphs (non-blank lines), without counting offsets.
  const paragraphs = text.split('\n').filter((l) => l.trim() !== '');
  const folded = detectFolded(paragraphs);
  const isFolded = (i: number) => folded.some((r) => i >= r.start && i < r.end);

  const given = field(draft.title);
  const fallback = draft.fallbackTitle ?? path.basename(draft.originalFile).replace(/\.(txt|md|markdown|html?|docx)$/i, '');
  // A short first line that is only a dateline ("استانة - محمد نصرالدين": place and reporter)
  // is not the headline; it still gives the place below.
  const datelineOnly = (i: number) => words(paragraphs[i]) <= 6 && parseDateline(paragraphs[i]) !== null;
  const notHeadline = (i: number) => isFolded(i) || isDateLine(paragraphs[i]) || datelineOnly(i);
  const headline = given ? null : (repeatedHeadline(paragraphs, folded, notHeadline) ?? findHeadline(paragraphs, notHeadline));
  const title = given ? clipTitle(given) : (headline?.title ?? clipTitle(fallback));

  // The head of the article: a date line under the headline, and the dateline that opens
  // the body. Looked for in the first few paragraphs, up to the first long one.
  let published = parseDate(draft.published);
  let place: string | null = null;
  let source = field(draft.source);
  let datelineSeen = false;
  for (let i = 0, seen = 0; i < paragraphs.length && seen < HEAD_PARAGRAPHS; i++) {
    if (i === headline?.index || isFolded(i)) continue;
    seen++;
    const p = paragraphs[i];
    if (isDateLine(p)) {
      published ??= findDate(p)?.date ?? null;
      continue;
    }
    const dateline = datelineSeen ? null : parseDateline(p);
    if (dateline) {
      datelineSeen = true;
      place = dateline.place;
      published ??= dateline.date;
      source ??= dateline.agency;
    }
    if (p.length > LONG_PARAGRAPH) break;
  }

  return {
    label: draft.label,
    originalFile: draft.originalFile,
    title,
    text,
    chars: codePointLength(text),
    contentHash: contentHash(text),
    source,
    author: field(draft.author),
    published,
    url: field(draft.url),
    place,
    abstract: field(draft.abstract),
    folded,
    encoding: draft.encoding,
  };
}
