/**
 * The search box over the analyst's own work: the quotes (the text of highlights) or the
 * notes. Same query language, normaliser and stemmer as the articles (the matcher in
 * shared/search/match.ts takes the same decision the FTS index takes for an article).
 *
 * No index: the candidate rows are read from the tables that hold them, narrowed in SQL by
 * the filters (source, date, batch through the article; speaker and theme through the quote),
 * and each text is matched in memory. So the results can never lag behind a create, an edit,
 * a delete, an undo or a merge: there is nothing to keep in step. Tokenising is the costly
 * part and a quote's text never changes, so tokens are cached by text (a pure function of
 * it, hence always right). Measured on 20,000 quotes of news text: see tests/search/README.md.
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
import { emptyQueryNotes, explain, guarded, statement } from './response';
import type { SearchRequest, SearchResponse } from './search';

/** Cached tokens: bounded by the characters they cover (a quote may be a whole article). */
const CACHE_CHARS = 8_000_000;
let tokenCache = new Map<string, Token[]>();
let cachedChars = 0;

export function cachedTokens(text: string): Token[] {
  let tokens = tokenCache.get(text);
  if (tokens) return tokens;
  tokens = tokenize(text);
  if (cachedChars + text.length > CACHE_CHARS) {
    tokenCache = new Map();
    cachedChars = 0;
  }
  tokenCache.set(text, tokens);
  cachedChars += text.length;
  return tokens;
}

/** One quote or note that may match, as read by the candidate query. */
interface Candidate {
  id: string;
  text: string;
  order: number;
}

interface Match {
  row: Candidate;
  hits: Hit[];
  score: number;
}

/** Matches in order, best first: more hits in a shorter text rank higher; ties keep reading order. */
function matchAll(rows: Candidate[], query: CompiledQuery, listing: boolean): Match[] {
  const out: Match[] = [];
  for (const row of rows) {
    const tokens = cachedTokens(row.text);
    const hits = matchTokens(tokens, query);
    if (hits === null) continue;
    out.push({ row, hits, score: listing ? 0 : Math.round((hits.length / Math.sqrt(tokens.length + 1)) * 1000) / 1000 });
  }
  if (!listing) out.sort((a, b) => b.score - a.score || a.row.order - b.row.order);
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
    const rows = statement(
      db,
      `SELECT h.id, h.exact AS text, h.article_id AS articleId, h.start_cp AS start, h.end_cp AS "end", h.speaker_id AS speakerId,
         row_number() OVER (ORDER BY d.doc, h.start_cp, h.id) AS "order"
       FROM highlights h JOIN search_article_docs d ON d.article_id = h.article_id
       ${where([...p.filter.where, ...h.where])} ORDER BY "order"`,
    ).all(...p.filter.params, ...h.params) as QuoteRow[];
    const matches = matchAll(rows, p.compiled, p.listing);
    const shown = page(matches, request);
    const tags = tagRefs(db);
    const articles = articleInfo(db, shown.map((m) => (m.row as QuoteRow).articleId));
    const themes = themesOf(db, shown.map((m) => m.row.id));
    const results: SearchResult[] = shown.map(({ row, hits, score }): QuoteResult => {
      const q = row as QuoteRow;
      return {
        kind: 'quote',
        highlightId: q.id,
        ...articleRef(articles.get(q.articleId), q.articleId),
        start: q.start,
        end: q.end,
        speaker: q.speakerId ? (tags.get(q.speakerId) ?? null) : null,
        themes: refs(themes.get(q.id) ?? [], tags),
        snippet: makeSnippet(q.text, hits, { before: 60, length: 300 }),
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
  quote: string | null;
  start: number | null;
  end: number | null;
  speakerId: string | null;
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
    const rows = statement(
      db,
      `SELECT n.id, n.text, d.article_id AS articleId, n.highlight_id AS highlightId, h.exact AS quote, h.start_cp AS start, h.end_cp AS "end", h.speaker_id AS speakerId,
         row_number() OVER (ORDER BY d.doc, coalesce(h.start_cp, -1), n.id) AS "order"
       FROM notes n LEFT JOIN highlights h ON h.id = n.highlight_id
         JOIN search_article_docs d ON d.article_id = coalesce(n.article_id, h.article_id)
       ${where([...p.filter.where, ...codebook])} ORDER BY "order"`,
    ).all(...p.filter.params, ...(codebook.length ? [...onQuote.params, ...onArticle.params] : [])) as NoteRow[];
    const matches = matchAll(rows, p.compiled, p.listing);
    const shown = page(matches, request);
    const tags = tagRefs(db);
    const articles = articleInfo(db, shown.map((m) => (m.row as NoteRow).articleId));
    const themes = themesOf(db, shown.map((m) => (m.row as NoteRow).highlightId).filter((id): id is string => !!id));
    const results: SearchResult[] = shown.map(({ row, hits, score }): NoteResult => {
      const n = row as NoteRow;
      return {
        kind: 'note',
        noteId: n.id,
        highlightId: n.highlightId,
        ...articleRef(articles.get(n.articleId), n.articleId),
        quote: n.quote === null ? null : shortQuote(n.quote),
        start: n.start,
        end: n.end,
        speaker: n.speakerId ? (tags.get(n.speakerId) ?? null) : null,
        themes: n.highlightId ? refs(themes.get(n.highlightId) ?? [], tags) : [],
        snippet: makeSnippet(n.text, hits, { before: 60, length: 300 }),
        hits: hits.length,
        score,
      };
    });
    return { total: matches.length, results, ...explain(p.notes) };
  });
}
