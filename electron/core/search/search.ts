/**
 * Searching the articles: parse the query (shared/search/query.ts), ask the FTS5 index for the
 * ranked matches (bm25), then build each result from the ORIGINAL text: hits are found again
 * in the article by the same analysis the index used, and the snippet is cut around the first.
 */
import { DaftarError } from '../../../shared/contract/errors';
import type { ArticleResult, SearchFilters, SearchNote, SearchResult, SearchScope } from '../../../shared/contract/search';
import { ANALYZER_VERSION } from '../../../shared/search/analyze';
import { toFtsMatch } from '../../../shared/search/fts';
import { findHits, type Hit } from '../../../shared/search/match';
import { note, type QueryNote } from '../../../shared/search/notes';
import { parseQuery, type ParsedQuery } from '../../../shared/search/query';
import { makeSnippet } from '../../../shared/search/snippet';
import type { AnyDb } from '../db/handles';
import { hasTable } from '../db/schema';
import { buildFilter, withCodebook, type SqlFilter } from './filters';
import { searchNotes, searchQuotes } from './annotation-search';
import { indexAnalyzerVersion } from './indexer';
import { emptyQueryNotes, explain, guarded, statement } from './response';
import { articleVocabulary } from './vocabulary';

export interface SearchRequest {
  query: string;
  limit: number;
  offset: number;
  filters: SearchFilters;
  /** Articles (the default), quotes or notes. */
  scope?: SearchScope;
}

export interface SearchResponse {
  total: number;
  results: SearchResult[];
  explanation?: string;
  notes: SearchNote[];
}

interface ArticleRow {
  id: string;
  title: string;
  text: string;
  source: string | null;
  published: string | null;
  original_file: string | null;
}

const ARTICLE_COLUMNS = 'a.id, a.title, a.text, a.source, a.published, a.original_file';

function toResult(row: ArticleRow, query: ParsedQuery, score: number): ArticleResult {
  const hits = findHits(row.text, query);
  return {
    kind: 'article',
    articleId: row.id,
    file: row.original_file,
    title: row.title,
    source: row.source,
    published: row.published,
    snippet: makeSnippet(row.text, hits),
    hits: hits.length,
    score,
  };
}

interface RankedPage {
  total: number;
  docs: { doc: number; rank: number }[];
}

/**
 * One page of matches, best first (bm25), and how many match in all.
 *
 * Ordered by bm25() itself, not by FTS5's `rank` column: ORDER BY rank makes FTS5 rank and
 * sort every match before the first row comes out, where ORDER BY bm25(...) LIMIT n lets
 * SQLite keep only the best n while FTS5 streams the matches (about a third faster for a
 * common word matching 15,000 of 30,000 articles; `rank` is bm25 with the same weights).
 * The count is then a second, cheap MATCH (no ranking), skipped when the page is not full.
 */
function ranked(db: AnyDb, match: string, filter: SqlFilter, limit: number, offset: number): RankedPage {
  const join = filter.where.length ? ' JOIN search_article_docs d ON d.doc = f.rowid' : '';
  const where = filter.where.map((w) => ` AND ${w}`).join('');
  const from = `FROM search_articles f${join} WHERE f.search_articles MATCH ?${where}`;
  const docs = statement(db, `SELECT f.rowid AS doc, bm25(search_articles) AS rank ${from} ORDER BY rank, f.rowid LIMIT ? OFFSET ?`).all(
    match,
    ...filter.params,
    limit,
    offset,
  ) as { doc: number; rank: number }[];
  // A page that is not full holds the last match (unless it is past the end): no need to count.
  const lastPage = docs.length < limit && (docs.length > 0 || offset === 0);
  const total = lastPage ? offset + docs.length : (statement(db, `SELECT count(*) ${from}`).pluck().get(match, ...filter.params) as number);
  return { total, docs };
}

/** The page's articles in one query, in the page's order. */
function fetchArticles(db: AnyDb, docs: number[]): Map<number, ArticleRow> {
  if (docs.length === 0) return new Map();
  const rows = statement(
    db,
    `SELECT d.doc AS doc, ${ARTICLE_COLUMNS} FROM search_article_docs d JOIN articles a ON a.id = d.article_id
     WHERE d.doc IN (${docs.map(() => '?').join(', ')})`,
  ).all(...docs) as (ArticleRow & { doc: number })[];
  return new Map(rows.map((r) => [r.doc, r]));
}

/**
 * Read-only commands open older projects without migrating them (db/schema.ts `hasTable`):
 * one made before search existed has no index to search.
 */
export function requireSearchIndex(db: AnyDb): void {
  if (!hasTable(db, 'search_articles')) {
    throw new DaftarError(
      'unsupported',
      `${db.name} was made by an older Daftar and has no search index yet. Open it for writing once (in Daftar, or with any command that changes it) and the index is built.`,
    );
  }
}

/**
 * A read-only search (the CLI) cannot rebuild an index made by another analyzer version
 * (handlers do, see search-handlers.ts); it says so rather than silently missing forms.
 */
function staleIndexNote(db: AnyDb): QueryNote[] {
  return indexAnalyzerVersion(db) !== ANALYZER_VERSION ? [note('stale_index')] : [];
}

/** The search box: articles, quotes or notes, as the request's scope says. */
export function search(db: AnyDb, request: SearchRequest): SearchResponse {
  switch (request.scope ?? 'articles') {
    case 'articles':
      return searchArticles(db, request);
    case 'quotes':
      return searchQuotes(db, request);
    case 'notes':
      return searchNotes(db, request);
  }
}

export function searchArticles(db: AnyDb, request: SearchRequest): SearchResponse {
  requireSearchIndex(db);
  const parsed = parseQuery(request.query);
  const notes = [...parsed.notes, ...staleIndexNote(db)];
  const built = buildFilter(db, request.filters, parsed.filters);
  const filter = withCodebook(built);
  notes.push(...filter.notes);
  if (filter.matchesNothing) return { total: 0, results: [], ...explain(notes) };

  const match = toFtsMatch(parsed, articleVocabulary(db));
  // A required word occurs in no article.
  if (match === false) return { total: 0, results: [], ...explain(notes) };
  if (match === null) {
    if (filter.where.length > 0) return guarded(request.query, () => filteredListing(db, parsed, filter, request, notes));
    emptyQueryNotes(request.query, parsed, notes);
    return { total: 0, results: [], ...explain(notes) };
  }

  return guarded(request.query, () => {
    const { total, docs } = ranked(db, match, filter, request.limit, request.offset);
    const articles = fetchArticles(db, docs.map((d) => d.doc));
    const results: ArticleResult[] = [];
    for (const { doc, rank } of docs) {
      const row = articles.get(doc);
      if (row) results.push(toResult(row, parsed, -rank));
    }
    return { total, results, ...explain(notes) };
  });
}

/** Filters without words: the matching articles, newest first, minus excluded words. */
function filteredListing(db: AnyDb, query: ParsedQuery, filter: SqlFilter, request: SearchRequest, notes: QueryNote[]): SearchResponse {
  const excluded = query.none.length ? toFtsMatch({ ...query, all: [query.none], none: [] }, articleVocabulary(db)) : null;
  const where = [...filter.where];
  const params = [...filter.params];
  if (excluded) {
    where.push('d.doc NOT IN (SELECT rowid FROM search_articles WHERE search_articles MATCH ?)');
    params.push(excluded);
  }
  const cond = where.join(' AND ');
  const from = `FROM search_article_docs d JOIN articles a ON a.id = d.article_id WHERE ${cond}`;
  const total = statement(db, `SELECT count(*) FROM search_article_docs d WHERE ${cond}`).pluck().get(...params) as number;
  const rows = statement(db, `SELECT ${ARTICLE_COLUMNS} ${from} ORDER BY d.published IS NULL, d.published DESC, d.doc LIMIT ? OFFSET ?`).all(
    ...params,
    request.limit,
    request.offset,
  ) as ArticleRow[];
  return { total, results: rows.map((r) => toResult(r, query, 0)), ...explain(notes) };
}

/** Every hit of the query in one article, for the reader to mark and step through. */
export function articleHits(db: AnyDb, articleId: string, query: string): { hits: Hit[]; notes: SearchNote[]; explanation?: string } {
  // No index needed: the article is analysed on its own, so this works on any project.
  const row = statement(db, 'SELECT text FROM articles WHERE id = ?').get(articleId) as { text: string } | undefined;
  if (!row) throw DaftarError.because('not_found', 'article_not_found', { id: articleId });
  const parsed = parseQuery(query);
  return { hits: findHits(row.text, parsed), ...explain(parsed.notes) };
}
