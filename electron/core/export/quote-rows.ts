/**
 * The quote sheet as rows: one per highlight, with everything a reader of the sheet needs
 * without the project (speaker's role and organisation, full theme paths, the article's
 * metadata, the context around the quote). Every export format starts from these rows.
 */
import type { QuoteFilters } from '../../../shared/contract/exports';
import type { Tag } from '../../../shared/contract/annotations';
import { listQuotes } from '../annotations/highlights';
import { listTags } from '../annotations/tags';
import type { AnyDb } from '../db/handles';

/** Between the levels of a theme path, as the codebook shows it. */
export const PATH_SEPARATOR = ' › ';
/** Between several themes in one cell. */
export const THEME_SEPARATOR = ' | ';

export interface QuoteSheetRow {
  quoteId: string;
  quote: string;
  speaker: string | null;
  speakerId: string | null;
  speakerRole: string | null;
  organisation: string | null;
  /** Full paths, e.g. "الأمن › الإرهاب", in codebook order. */
  themes: string[];
  /** The themes' ids, in the same order as `themes`. */
  themeIds: string[];
  /** Ids of the top-level themes this quote falls under (directly or through a sub-theme). */
  topThemeIds: string[];
  note: string | null;
  articleId: string;
  articleTitle: string;
  source: string | null;
  published: string | null;
  url: string | null;
  file: string | null;
  contextBefore: string;
  contextAfter: string;
  start: number;
  end: number;
  analyst: string;
  created: string;
  updated: string;
}

export interface QuoteSheet {
  rows: QuoteSheetRow[];
  /** The codebook's top-level themes, for one ✓ column each in a spreadsheet. */
  topThemes: Tag[];
}

interface ArticleMeta {
  source: string | null;
  published: string | null;
  url: string | null;
}

/** Every theme's path from the top of the codebook, and the top-level theme it sits under. */
export function themePaths(tags: Tag[]): Map<string, { path: string; top: string }> {
  const byId = new Map(tags.filter((t) => t.kind === 'theme').map((t) => [t.id, t]));
  const out = new Map<string, { path: string; top: string }>();
  for (const t of byId.values()) {
    const names: string[] = [];
    let cur: Tag | undefined = t;
    let top = t.id;
    // The tree is checked on every write; the guard only protects against a damaged file.
    for (let depth = 0; cur && depth < 64; depth++) {
      names.unshift(cur.name);
      top = cur.id;
      cur = cur.parentId ? byId.get(cur.parentId) : undefined;
    }
    out.set(t.id, { path: names.join(PATH_SEPARATOR), top });
  }
  return out;
}

/** `onRow(done, total)` is called before each quote becomes a row (an export job reports it, and may stop there). */
export function buildQuoteSheet(db: AnyDb, filters: QuoteFilters = {}, onRow?: (done: number, total: number) => void): QuoteSheet {
  const tags = listTags(db);
  const speakers = new Map(tags.filter((t) => t.kind === 'speaker').map((t) => [t.id, t]));
  const paths = themePaths(tags);
  const order = new Map([...paths.entries()].sort((a, b) => a[1].path.localeCompare(b[1].path, 'ar')).map(([id], i) => [id, i]));
  const articles = new Map<string, ArticleMeta>();
  const meta = db.prepare('SELECT source, published, url FROM articles WHERE id = ?');
  const quotes = listQuotes(db, {
    articleId: filters.articleId,
    speaker: filters.speaker,
    theme: filters.theme,
    limit: Number.MAX_SAFE_INTEGER,
  });
  const rows: QuoteSheetRow[] = [];
  let done = 0;
  for (const q of quotes) {
    onRow?.(done++, quotes.length);
    let a = articles.get(q.articleId);
    if (!a) articles.set(q.articleId, (a = meta.get(q.articleId) as ArticleMeta));
    if (filters.source !== undefined && a.source !== filters.source) continue;
    if (filters.from && !(a.published && a.published.slice(0, 10) >= filters.from.slice(0, 10))) continue;
    if (filters.to && !(a.published && a.published.slice(0, 10) <= filters.to.slice(0, 10))) continue;
    const speaker = q.speakerId ? speakers.get(q.speakerId) : undefined;
    const themeIds = [...q.themeIds].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
    rows.push({
      quoteId: q.id,
      quote: q.exact,
      speaker: speaker?.name ?? null,
      speakerId: q.speakerId,
      speakerRole: speaker?.role ?? null,
      organisation: speaker?.organisation ?? null,
      themes: themeIds.map((id) => paths.get(id)?.path ?? id),
      themeIds,
      topThemeIds: [...new Set(themeIds.map((id) => paths.get(id)?.top ?? id))],
      note: q.note,
      articleId: q.articleId,
      articleTitle: q.articleTitle,
      source: a.source,
      published: a.published,
      url: a.url,
      file: q.articleFile,
      contextBefore: q.prefix,
      contextAfter: q.suffix,
      start: q.start,
      end: q.end,
      analyst: q.createdBy,
      created: q.createdAt,
      updated: q.updatedAt,
    });
  }
  const topThemes = tags.filter((t) => t.kind === 'theme' && !t.parentId);
  return { rows, topThemes };
}
