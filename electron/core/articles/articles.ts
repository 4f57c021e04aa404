import { DaftarError } from '../../../shared/contract/errors';
import type { Article, ArticleSort, ArticleSummary, FoldedRange, LibraryFilters, SortDirection } from '../../../shared/contract/articles';
import { splitParagraphs } from '../../../shared/text/paragraphs';
import type Database from 'better-sqlite3';
import type { AnyDb, WritableDb } from '../db/handles';
import type { IndexedText } from '../../../shared/search/analyze';
import { indexArticle, unindexArticle, type IndexableArticle } from '../search/indexer';

interface ArticleRow {
  id: string;
  title: string;
  text: string;
  chars: number;
  content_hash: string;
  source: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  original_file: string | null;
  encoding: string | null;
  imported_at: string;
  place: string | null;
  folded_paragraphs: string | null;
  batch_id: string | null;
  origin?: 'files' | 'upload' | 'paste' | null;
}

/** The columns an analyst may edit (and undo): everything but the text and what derives from it. */
export const ARTICLE_META_COLUMNS = ['title', 'source', 'published', 'place', 'url', 'author', 'updated_at'] as const;

/**
 * Each order is one an index serves (migration 7; articles_source from migration 2), so a
 * page of the list costs a few ms at 30,000 articles. Articles without the value come last
 * either way (NULLS LAST keeps the index usable). rowid breaks ties in import order.
 */
const SORT_COLUMN: Record<ArticleSort, string> = {
  imported: 'imported_at',
  title: 'title COLLATE NOCASE',
  published: 'published',
  source: 'source',
};

/** Published dates newest first by default; import order, names A→Z (the CLI's `articles` lists in import order). */
export const DEFAULT_DIRECTION: Record<ArticleSort, SortDirection> = { imported: 'asc', title: 'asc', published: 'desc', source: 'asc' };

export type ArticleSortKey = ArticleSort;

function orderBy(sort: ArticleSort, direction: SortDirection): string {
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  return `${SORT_COLUMN[sort]} ${dir} NULLS LAST, rowid ${dir}`;
}

function toSummary(r: Omit<ArticleRow, 'text' | 'content_hash' | 'author' | 'url' | 'encoding'>): ArticleSummary {
  return {
    id: r.id,
    file: r.original_file,
    title: r.title,
    source: r.source,
    published: r.published,
    chars: r.chars,
    importedAt: r.imported_at,
  };
}

export function countArticles(db: AnyDb): number {
  return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}

export interface ArticleListOptions {
  limit?: number;
  offset?: number;
  sort?: ArticleSortKey;
  direction?: SortDirection;
  filters?: LibraryFilters;
  speakerId?: string | null;
  themeId?: string | null;
}

export function listArticles(db: AnyDb, options: ArticleListOptions = {}): { total: number; items: ArticleSummary[] } {
  const sort = options.sort ?? 'imported';
  const order = orderBy(sort, options.direction ?? DEFAULT_DIRECTION[sort]);
  const where: string[] = [];
  const params: unknown[] = [];
  const f = options.filters ?? {};
  if (f.source !== undefined) {
    where.push('source = ?');
    params.push(f.source);
  }
  if (f.dateFrom !== undefined) {
    // ISO dates compare as strings; a prefix (2018-03) sorts before every day in it.
    where.push('published >= ?');
    params.push(f.dateFrom);
  }
  if (f.dateTo !== undefined) {
    // 2018-06 as an upper bound includes all of June: '~' sorts after every digit and '-'.
    // (A range, not substr(), so the published index serves it.)
    where.push('published < ?');
    params.push(`${f.dateTo}~`);
  }
  if (f.batchId !== undefined) {
    where.push('batch_id = ?');
    params.push(f.batchId);
  }
  if (options.speakerId) {
    where.push('EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = articles.id AND h.speaker_id = ?)');
    params.push(options.speakerId);
  }
  if (options.themeId) {
    where.push(`EXISTS (SELECT 1 FROM highlights h JOIN highlight_themes ht ON ht.highlight_id = h.id
      WHERE h.article_id = articles.id AND ht.tag_id IN (
        WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT t.id FROM tags t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub))`);
    params.push(options.themeId);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db
    .prepare(
      `SELECT id, title, chars, source, published, original_file, imported_at
       FROM articles ${filter} ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(...params, options.limit ?? -1, options.offset ?? 0) as ArticleRow[];
  const total = filter
    ? (db.prepare(`SELECT count(*) AS n FROM articles ${filter}`).get(...params) as { n: number }).n
    : countArticles(db);
  return { total, items: rows.map(toSummary) };
}

export function getArticle(db: AnyDb, id: string): Article {
  // Read-only commands open older projects unmigrated: batches had no origin before v7.
  const origin = hasBatchOrigin(db) ? 'b.origin' : 'NULL';
  const row = db
    .prepare(`SELECT a.*, ${origin} AS origin FROM articles a LEFT JOIN import_batches b ON b.id = a.batch_id WHERE a.id = ?`)
    .get(id) as ArticleRow | undefined;
  if (!row) throw DaftarError.because('not_found', 'article_not_found', { id });
  return {
    ...toSummary(row),
    text: row.text,
    author: row.author,
    url: row.url,
    encoding: row.encoding,
    contentHash: row.content_hash,
    paragraphs: splitParagraphs(row.text),
    place: row.place,
    folded: row.folded_paragraphs ? (JSON.parse(row.folded_paragraphs) as FoldedRange[]) : [],
    batchId: row.batch_id,
    origin: row.origin ?? null,
  };
}

/**
 * Index an article again from its stored row (after its title changed): the index holds the
 * title with the text. Call inside the transaction that changed the row.
 */
export function reindexArticle(db: WritableDb, id: string): void {
  const row = db.prepare('SELECT id, title, text, source, published, batch_id AS batchId FROM articles WHERE id = ?').get(id) as
    | IndexableArticle
    | undefined;
  if (!row) return;
  unindexArticle(db, id);
  indexArticle(db, row);
}

const originKnown = new WeakMap<AnyDb, boolean>();

function hasBatchOrigin(db: AnyDb): boolean {
  let known = originKnown.get(db);
  if (known === undefined) {
    known = (db.prepare("SELECT 1 FROM pragma_table_info('import_batches') WHERE name = 'origin'").get() as unknown) !== undefined;
    originKnown.set(db, known);
  }
  return known;
}

export function findArticleByHash(db: AnyDb, hash: string): string | undefined {
  return (db.prepare('SELECT id FROM articles WHERE content_hash = ? LIMIT 1').get(hash) as { id: string } | undefined)?.id;
}

export interface NewArticle {
  id: string;
  title: string;
  text: string;
  chars: number;
  contentHash: string;
  source?: string | null;
  author?: string | null;
  published?: string | null;
  url?: string | null;
  place?: string | null;
  abstract?: string | null;
  /** Paragraph ranges to fold (shared/text/boilerplate.ts); stored as JSON. */
  folded?: FoldedRange[] | null;
  originalFile: string | null;
  encoding: string | null;
  batchId: string | null;
  /** Its search index forms, when already computed (see indexer.ts `indexArticle`). */
  forms?: IndexedText;
}

const insertStatements = new WeakMap<WritableDb, Database.Statement>();

/** The row and its index entry; the caller's transaction makes them one. */
function writeArticle(db: WritableDb, a: NewArticle, now: string): void {
  // Prepared once per connection: an import inserts tens of thousands of rows.
  let insert = insertStatements.get(db);
  if (!insert) {
    insert = db.prepare(
      `INSERT INTO articles (id, title, text, chars, content_hash, source, author, published, url,
         original_file, encoding, batch_id, imported_at, updated_at, place, abstract, folded_paragraphs)
       VALUES (@id, @title, @text, @chars, @contentHash, @source, @author, @published, @url,
         @originalFile, @encoding, @batchId, @now, @now, @place, @abstract, @folded)`,
    );
    insertStatements.set(db, insert);
  }
  insert.run({
    id: a.id, title: a.title, text: a.text, chars: a.chars, contentHash: a.contentHash,
    source: a.source ?? null, author: a.author ?? null, published: a.published ?? null, url: a.url ?? null,
    originalFile: a.originalFile, encoding: a.encoding, batchId: a.batchId, now,
    place: a.place ?? null, abstract: a.abstract ?? null, folded: a.folded ? JSON.stringify(a.folded) : null,
  });
  indexArticle(db, a, a.forms);
}

/**
 * Insert an article and index it for search, together: both or neither. Inside a caller's
 * transaction (a merge, a REFI-QDA import) the article is written in it directly, not in a
 * savepoint (see `insertArticles` for why): an error propagates and the caller's whole
 * transaction is rolled back, so callers must not catch it and commit.
 */
export function insertArticle(db: WritableDb, a: NewArticle, now = new Date().toISOString()): void {
  if (db.inTransaction) writeArticle(db, a, now);
  else db.transaction(() => writeArticle(db, a, now))();
}

/**
 * Insert many articles in ONE transaction, all or none (an import's batch). Not a loop of
 * `insertArticle`: inside a transaction each of those is a savepoint, and FTS5 writes its
 * pending index data out at every savepoint, so a batch of 1,000 articles became 1,000 tiny
 * index segments to merge (half the time of importing a large collection).
 */
export function insertArticles(db: WritableDb, articles: readonly NewArticle[], now = new Date().toISOString()): void {
  db.transaction(() => {
    for (const a of articles) writeArticle(db, a, now);
  }).immediate();
}
