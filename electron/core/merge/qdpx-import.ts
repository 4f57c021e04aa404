/**
 * Bring a REFI-QDA project (.qdpx) into a Daftar project: from our own export back, or from
 * ATLAS.ti, MAXQDA, NVivo or QualCoder. Text sources become articles, codes become themes
 * (codes under a non-codable "المتحدثون"/"Speakers" parent become speakers), plain-text
 * selections become quotes at the same code-point offsets, and notes referenced from a
 * selection or a source become notes.
 *
 * The .qdpx is turned into a temporary Daftar project first, through the same core functions
 * the UI uses (so every check applies), and that project is then merged (merge.ts). Importing
 * the same file twice therefore changes nothing the second time, quotes meet ours by article
 * content and position, and a pre-import snapshot is taken like for any merge.
 *
 * The file is untrusted: the zip's total size is bounded before anything is inflated, a
 * DOCTYPE (entity expansion) is refused, only sources inside the zip are read (never a path
 * on disk), and a selection outside its text is skipped and reported.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { DaftarError } from '../../../shared/contract/errors';
import type { MergeReport } from '../../../shared/contract/exports';
import { codePointLength } from '../../../shared/text/codepoints';
import { createHighlight } from '../annotations/highlights';
import { createTag, findTagByName } from '../annotations/tags';
import { insertArticle } from '../articles/articles';
import type { WritableDb } from '../db/handles';
import { closeProject, createProject } from '../db/open';
import { contentHash } from '../import/import-files';
import { mergeProject, type MergeOptions } from './merge';

/** Larger than any notebook's text; a zip that inflates beyond it is refused unread. */
export const MAX_QDPX_BYTES = 512 * 1024 ** 2;
const SPEAKER_PARENTS = new Set(['المتحدثون', 'speakers']);

type X = Record<string, unknown>;
const list = (v: unknown): X[] => (Array.isArray(v) ? (v as X[]) : v ? [v as X] : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

export type QdpxImportReport = MergeReport & { notImported: string[] };

/** Whether a path names a REFI-QDA project rather than a Daftar project. */
export function isQdpx(file: string): boolean {
  return /\.qdpx$/i.test(file);
}

/**
 * Turn a .qdpx into a temporary Daftar project, run `work` on its path (with what could not be
 * taken over), then remove it. The conversion comes first, so a broken .qdpx is refused before
 * the project it is merged into is opened at all.
 */
export function withQdpxAsProject<T>(qdpxFile: string, actor: string, work: (projectPath: string, notImported: string[]) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-qdpx-'));
  try {
    const tmp = path.join(dir, 'from-qdpx.sqlite');
    const notImported = qdpxToProject(qdpxFile, tmp, actor);
    return work(tmp, notImported);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function importQdpx(db: WritableDb, qdpxFile: string, actor: string, options: MergeOptions = {}): QdpxImportReport {
  return withQdpxAsProject(qdpxFile, actor, (tmp, notImported) => ({
    ...mergeProject(db, tmp, actor, options),
    other: path.resolve(qdpxFile),
    notImported,
  }));
}

function readZip(file: string): Record<string, Uint8Array> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw DaftarError.because('invalid_input', 'file_missing', { file });
  }
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_QDPX_BYTES) throw DaftarError.because('invalid_input', 'qdpx_too_large', { file, max: MAX_QDPX_BYTES / 1024 ** 2 });
        return f.name === 'project.qde' || f.name.startsWith('sources/');
      },
    });
  } catch (error) {
    if (error instanceof DaftarError) throw error;
    throw DaftarError.because('invalid_input', 'qdpx_not_zip', { file, detail: (error as Error).message });
  }
}

/** Build a Daftar project at `dest` from the .qdpx; returns what could not be taken over. */
export function qdpxToProject(qdpxFile: string, dest: string, actor: string): string[] {
  const files = readZip(qdpxFile);
  const qde = files['project.qde'];
  if (!qde) throw DaftarError.because('invalid_input', 'qdpx_no_project', { file: qdpxFile });
  const xml = strFromU8(qde);
  if (/<!DOCTYPE/i.test(xml)) throw DaftarError.because('invalid_input', 'qdpx_doctype', { file: qdpxFile });
  let project: X;
  try {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, trimValues: false, removeNSPrefix: true });
    // Validated first: a truncated or malformed file is refused, not read in part.
    project = (parser.parse(xml, true) as X).Project as X;
  } catch (error) {
    throw DaftarError.because('invalid_input', 'qdpx_bad_xml', { file: qdpxFile, detail: (error as Error).message });
  }
  if (!project || typeof project !== 'object') throw DaftarError.because('invalid_input', 'qdpx_no_project_element', { file: qdpxFile });

  const db = createProject(dest);
  const skipped: string[] = [];
  try {
    const users = new Map(list((project.Users as X | undefined)?.User).map((u) => [str(u.guid)?.toLowerCase() ?? '', str(u.name) ?? actor]));
    const who = (guid: unknown) => users.get(str(guid)?.toLowerCase() ?? '') ?? actor;
    const codes = importCodes(db, list(((project.CodeBook as X | undefined)?.Codes as X | undefined)?.Code), actor, skipped);
    const notes = new Map(list((project.Notes as X | undefined)?.Note).map((n) => [str(n.guid)?.toLowerCase() ?? '', n]));
    const noteText = (refs: unknown) =>
      list(refs).map((r) => notes.get(str(r.targetGUID)?.toLowerCase() ?? ''))
        .map((n) => (n ? (str(n.PlainTextContent) ?? '') : '')).filter((t) => t.trim()).join('\n\n') || null;
    for (const source of list((project.Sources as X | undefined)?.TextSource)) {
      const name = str(source.name) ?? 'بلا عنوان';
      const text = sourceText(source, files);
      if (text === null || !text.trim()) {
        skipped.push(`source "${name}": no plain text in the file`);
        continue;
      }
      const articleId = randomUUID();
      insertArticle(db, {
        id: articleId, title: name, text, chars: codePointLength(text), contentHash: contentHash(text),
        originalFile: name, encoding: 'utf-8', batchId: null,
      });
      const articleNote = noteText(source.NoteRef);
      if (articleNote) {
        const now = new Date().toISOString();
        db.prepare('INSERT INTO notes (id, highlight_id, article_id, text, created_by, created_at, updated_by, updated_at) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)')
          .run(randomUUID(), articleId, articleNote, actor, now, actor, now);
      }
      for (const sel of list(source.PlainTextSelection)) {
        const start = Number(sel.startPosition);
        const end = Number(sel.endPosition);
        const coded = list(sel.Coding).map((c) => codes.get(str((c.CodeRef as X | undefined)?.targetGUID)?.toLowerCase() ?? '')).filter((c) => !!c);
        const speaker = coded.find((c) => c.kind === 'speaker');
        try {
          createHighlight(db, {
            articleId, start, end,
            speakerId: speaker?.id ?? null,
            themeIds: coded.filter((c) => c.kind === 'theme').map((c) => c.id),
            note: noteText(sel.NoteRef),
          }, who(sel.creatingUser));
        } catch (error) {
          skipped.push(`selection ${start}–${end} in "${name}": ${(error as Error).message}`);
        }
      }
    }
  } finally {
    closeProject(db);
  }
  return skipped;
}

/** A source's text: inline, or a file inside the zip's sources/ folder (never on disk). */
function sourceText(source: X, files: Record<string, Uint8Array>): string | null {
  const inline = str(source.PlainTextContent);
  if (inline !== null) return inline.normalize('NFC').replace(/\r\n?/g, '\n');
  const p = str(source.plainTextPath);
  const m = p ? /^internal:\/\/([^/\\]+)$/.exec(p) : null;
  const bytes = m ? files[`sources/${m[1]}`] : undefined;
  if (!bytes) return null;
  // Offsets count code points of the text as stored: normalising or changing line ends would move them.
  return strFromU8(bytes).replace(/^\uFEFF/, '');
}

function importCodes(db: WritableDb, top: X[], actor: string, skipped: string[]): Map<string, { id: string; kind: 'speaker' | 'theme' }> {
  const map = new Map<string, { id: string; kind: 'speaker' | 'theme' }>();
  const add = (code: X, kind: 'speaker' | 'theme', parentId: string | null, depth: number) => {
    const name = (str(code.name) ?? '').trim();
    const guid = str(code.guid)?.toLowerCase() ?? '';
    const color = str(code.color);
    let id: string | undefined;
    if (name) {
      try {
        id = createTag(db, {
          kind, name: name.slice(0, 200), parentId: kind === 'theme' ? parentId : null,
          color: color && /^#[0-9a-fA-F]{6}$/.test(color) ? color : null,
          description: str(code.Description)?.slice(0, 5000) ?? null,
        }, actor).id;
      } catch {
        // The same name twice in the file (Daftar's names are unique per kind): one tag.
        id = findTagByName(db, kind, name)?.id;
        if (!id) skipped.push(`code "${name}": could not be made a ${kind}`);
      }
    }
    if (id) map.set(guid, { id, kind });
    if (depth < 64) for (const child of list(code.Code)) add(child, kind, kind === 'theme' ? (id ?? parentId) : null, depth + 1);
  };
  for (const code of top) {
    if (str(code.isCodable) === 'false' && SPEAKER_PARENTS.has((str(code.name) ?? '').trim().toLowerCase())) {
      for (const s of list(code.Code)) add(s, 'speaker', null, 1);
    } else add(code, 'theme', null, 0);
  }
  return map;
}
