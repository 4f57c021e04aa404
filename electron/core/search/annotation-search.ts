/**
 * The search box over the analyst's own work: the quotes (the text of highlights) or the
 * notes. Same query language, normaliser and stemmer as the articles (the matcher in
 * shared/search/match.ts takes the same decision the FTS index takes for an article).
 *
 * No index: the candidate rows are read from the tables that hold them, narrowed in SQL by
 * the filters (source, date, batch through the article; speaker and theme through the quote),
 * and each text is matched in memory. So the results can never lag behind a create, an edit,
 * a delete, an undo or a merge: there is nothing to keep in step. Tokenising is the costly
 * part: texts and their tokens are cached per connection by id and version (see `texts`).
 * Measured on 20,000 quotes of news text: see tests/search/README.md.
 */
import type { NoteResult, QuoteResult, SearchResult } from '../../../shared/contract/search';
import { tokenize, type Token } from '../../../shared/arabic/tokenize';
import { compileQuery, matchTokens, type CompiledQuery, type Hit } from '../../../shared/search/match';
import type { QueryNote } from '../../../shared/search/notes';
import { parseQuery } from '../../../shared/search/query';
import { makeSnippet } from '../../../shared/search/snippet';
import type { AnyDb } from '../db/handles';
import { articleConditions, highlightConditions } from './codebook-filter';
import { buildFilter, type SqlFilter } from './filters';
import { changeStamp, emptyQueryNotes, explain, guarded, statement } from './response';
import type { SearchRequest, SearchResponse } from './search';

/**
 * The texts of quotes and notes with their tokens, per connection, by id and a version read
 * with the candidates (a quote's text never changes; a note's changes with its updated_at and
 * length). So a search reads the texts only of what is new or edited since the last one, not
 * megabytes of text each time. Bounded by the characters held; emptied when full.
 */
const CACHE_CHARS = 16_000_000;

interface CachedText {
  version: string;
  text: string;
  tokens: Token[];
}

interface TextCache {
  entries: Map<string, CachedText>;
  chars: number;
}

const caches = new WeakMap<AnyDb, TextCache>();

/** One quote or note that may match, as read by the candidate query (without its text). */
interface Candidate {
  id: string;
  version: string;
  /** Reading order: the article's place in the index, then the quote's place in the article. */
  doc: number;
  pos: number;
}

const rowCaches = new WeakMap<AnyDb, Map<string, { stamp: string; rows: unknown[] }>>();

/** The candidate rows of a query, read again only when the project may have changed. */
function candidates<R>(db: AnyDb, sql: string, params: unknown[]): R[] {
  let cache = rowCaches.get(db);
  if (!cache) rowCaches.set(db, (cache = new Map()));
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  const stamp = changeStamp(db);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.rows as R[];
  const rows = statement(db, sql).all(...params) as R[];
  // A few filter combinations are in use at a time (typing keeps the filters).
  if (cache.size >= 8) cache.clear();
  cache.set(key, { stamp, rows });
  return rows;
}

/** The texts of these candidates, reading only the missing or changed ones. */
function texts(db: AnyDb, kind: 'quote' | 'note', rows: Candidate[]): Map<string, CachedText> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = { entries: new Map(), chars: 0 }));
  const missing = rows.filter((r) => cache.entries.get(`${kind}:${r.id}`)?.version !== r.version);
  if (missing.length) {
    const sql =
      kind === 'quote'
        ? 'SELECT id, exact AS text FROM highlights WHERE id IN (SELECT value FROM json_each(?))'
        : 'SELECT id, text FROM notes WHERE id IN (SELECT value FROM json_each(?))';
    const versions = new Map(missing.map((r) => [r.id, r.version]));
    for (const { id, text } of statement(db, sql).all(JSON.stringify(missing.map((r) => r.id))) as { id: string; text: string }[]) {
      if (cache.chars + text.length > CACHE_CHARS) {
        cache.entries = new Map();
        cache.chars = 0;
      }
      cache.entries.set(`${kind}:${id}`, { version: versions.get(id)!, text, tokens: tokenize(text) });
      cache.chars += text.length;
    }
  }
  const out = new Map<string, CachedText>();
  for (const r of rows) {
    const entry = cache.entries.get(`${kind}:${r.id}`);
    if (entry) out.set(r.id, entry);
  }
  return out;
}

interface Match<R extends Candidate> {
  row: R;
  text: string;
  hits: Hit[];
  score: number;
}

/**
 * Matches in reading order, or best first: more hits in a shorter text rank higher; ties keep
 * reading order.
 */
function matchAll<R extends Candidate>(db: AnyDb, kind: 'quote' | 'note', rows: R[], query: CompiledQuery, listing: boolean): Match<R>[] {
  rows.sort((a, b) => a.doc - b.doc || a.pos - b.pos || (a.id < b.id ? -1 : 1));
  const byId = texts(db, kind, rows);
  const out: Match<R>[] = [];
  for (const row of rows) {
    const entry = byId.get(row.id);
    if (!entry) continue; // deleted between the two reads
    const hits = matchTokens(entry.tokens, query);
    if (hits === null) continue;
    out.push({ row, text: entry.text, hits, score: listing ? 0 : Math.round((hits.length / Math.sqrt(entry.tokens.length + 1)) * 1000) / 1000 });
  }
  if (!listing) out.sort((a, b) => b.score - a.score);
  return out;
}

interface Plan {
  compiled: CompiledQuery;
  filter: SqlFilter;
  notes: QueryNote[];
  listing: boolean;
}

/** Parse and resolve filters; null when nothing can match (the notes say why). */
function plan(db: AnyDb, request: SearchRequest): Plan | { empty: QueryNote[] } {
  const parsed = parseQuery(request.query);
  const notes = [...parsed.notes];
  const filter = buildFilter(db, request.filters, parsed.filters);
  notes.push(...filter.notes);
  if (filter.matchesNothing) return { empty: notes };
  const listing = parsed.all.length === 0;
  const filtered = filter.where.length > 0 || filter.codebook.speakerIds !== null || filter.codebook.themeIds !== null;
  if (listing && !filtered) {
    emptyQueryNotes(request.query, parsed, notes);
    return { empty: notes };
  }
  return { compiled: compileQuery(parsed), filter, notes, listing };
}

const where = (conditions: string[]): string => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

interface TagRef {
  id: string;
  name: string;
  color: string | null;
}

function tagRefs(db: AnyDb): Map<string, TagRef> {
  const rows = statement(db, 'SELECT id, name, color FROM tags').all() as TagRef[];
  return new Map(rows.map((t) => [t.id, t]));
}

interface ArticleInfo {
  id: string;
  title: string;
  file: string | null;
  source: string | null;
  published: string | null;
}

/** Title and metadata of the page's articles (never their text). */
function articleInfo(db: AnyDb, ids: string[]): Map<string, ArticleInfo> {
  const rows = statement(
    db,
    'SELECT id, title, original_file AS file, source, published FROM articles WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify([...new Set(ids)])) as ArticleInfo[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** Theme ids of the page's highlights. */
function themesOf(db: AnyDb, highlightIds: string[]): Map<string, string[]> {
  const rows = statement(
    db,
    'SELECT highlight_id AS h, tag_id AS t FROM highlight_themes WHERE highlight_id IN (SELECT value FROM json_each(?)) ORDER BY rowid',
  ).all(JSON.stringify(highlightIds)) as { h: string; t: string }[];
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.h, [...(out.get(r.h) ?? []), r.t]);
  return out;
}

function articleRef(a: ArticleInfo | undefined, articleId: string) {
  return { articleId, articleTitle: a?.title ?? '', file: a?.file ?? null, source: a?.source ?? null, published: a?.published ?? null };
}

const refs = (ids: string[], tags: Map<string, TagRef>): TagRef[] => ids.map((id) => tags.get(id)).filter((t): t is TagRef => !!t);

function page<T>(matches: T[], request: SearchRequest): T[] {
  return matches.slice(request.offset, request.offset + request.limit);
}

interface QuoteRow extends Candidate {
  articleId: string;
  start: number;
  end: number;
  speakerId: string | null;
}

export function searchQuotes(db: AnyDb, request: SearchRequest): SearchResponse {
  const p = plan(db, request);
  if ('empty' in p) return { total: 0, results: [], ...explain(p.empty) };
  return guarded(request.query, () => {
    const h = highlightConditions(p.filter.codebook, 'h');
    const rows = candidates<QuoteRow>(
      db,
      `SELECT h.id, length(h.exact) || '' AS version, d.doc, h.start_cp AS pos, h.article_id AS articleId, h.start_cp AS start, h.end_cp AS "end",
         h.speaker_id AS speakerId
       FROM highlights h JOIN search_article_docs d ON d.article_id = h.article_id
       ${where([...p.filter.where, ...h.where])}`,
      [...p.filter.params, ...h.params],
    );
    const matches = matchAll(db, 'quote', rows, p.compiled, p.listing);
    const shown = page(matches, request);
    const tags = tagRefs(db);
    const articles = articleInfo(db, shown.map((m) => m.row.articleId));
    const themes = themesOf(db, shown.map((m) => m.row.id));
    const results: SearchResult[] = shown.map(({ row: q, text, hits, score }): QuoteResult => {
      return {
        kind: 'quote',
        highlightId: q.id,
        ...articleRef(articles.get(q.articleId), q.articleId),
        start: q.start,
        end: q.end,
        speaker: q.speakerId ? (tags.get(q.speakerId) ?? null) : null,
        themes: refs(themes.get(q.id) ?? [], tags),
        snippet: makeSnippet(text, hits, { before: 60, length: 300 }),
        hits: hits.length,
        score,
      };
    });
    return { total: matches.length, results, ...explain(p.notes) };
  });
}

interface NoteRow extends Candidate {
  articleId: string;
  highlightId: string | null;
  start: number | null;
  end: number | null;
  speakerId: string | null;
}

/** The texts of the page's quotes (notes on quotes show them). */
function quoteTexts(db: AnyDb, ids: string[]): Map<string, string> {
  const rows = statement(db, 'SELECT id, exact FROM highlights WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as {
    id: string;
    exact: string;
  }[];
  return new Map(rows.map((r) => [r.id, r.exact]));
}

/** A quote shown beside its note: its opening, whole words. */
function shortQuote(text: string, max = 160): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

export function searchNotes(db: AnyDb, request: SearchRequest): SearchResponse {
  const p = plan(db, request);
  if ('empty' in p) return { total: 0, results: [], ...explain(p.empty) };
  return guarded(request.query, () => {
    // A note on a quote follows its quote's speaker and themes; a note on a whole article
    // follows the article's quotes (as the articles scope does).
    const onQuote = highlightConditions(p.filter.codebook, 'h');
    const onArticle = articleConditions(p.filter.codebook, 'n.article_id');
    const codebook =
      onQuote.where.length > 0
        ? [`((h.id IS NOT NULL AND ${onQuote.where.join(' AND ')}) OR (h.id IS NULL AND ${onArticle.where.join(' AND ')}))`]
        : [];
    const rows = candidates<NoteRow>(
      db,
      `SELECT n.id, n.updated_at || '|' || length(n.text) AS version, d.doc, coalesce(h.start_cp, -1) AS pos, d.article_id AS articleId,
         n.highlight_id AS highlightId, h.start_cp AS start, h.end_cp AS "end", h.speaker_id AS speakerId
       FROM notes n LEFT JOIN highlights h ON h.id = n.highlight_id
         JOIN search_article_docs d ON d.article_id = coalesce(n.article_id, h.article_id)
       ${where([...p.filter.where, ...codebook])}`,
      [...p.filter.params, ...(codebook.length ? [...onQuote.params, ...onArticle.params] : [])],
    );
    const matches = matchAll(db, 'note', rows, p.compiled, p.listing);
    const shown = page(matches, request);
    const tags = tagRefs(db);
    const articles = articleInfo(db, shown.map((m) => m.row.articleId));
    const onQuotes = shown.map((m) => m.row.highlightId).filter((id): id is string => !!id);
    const themes = themesOf(db, onQuotes);
    const quotes = quoteTexts(db, onQuotes);
    const results: SearchResult[] = shown.map(({ row: n, text, hits, score }): NoteResult => {
      const quote = n.highlightId ? quotes.get(n.highlightId) : undefined;
      return {
        kind: 'note',
        noteId: n.id,
        highlightId: n.highlightId,
        ...articleRef(articles.get(n.articleId), n.articleId),
        quote: quote === undefined ? null : shortQuote(quote),
        start: n.start,
        end: n.end,
        speaker: n.speakerId ? (tags.get(n.speakerId) ?? null) : null,
        themes: n.highlightId ? refs(themes.get(n.highlightId) ?? [], tags) : [],
        snippet: makeSnippet(text, hits, { before: 60, length: 300 }),
        hits: hits.length,
        score,
      };
    });
    return { total: matches.length, results, ...explain(p.notes) };
  });
}
