import { DaftarError } from '../../../shared/contract/errors';
import type { Article, ArticleSummary, FoldedRange } from '../../../shared/contract/articles';
import { splitParagraphs } from '../../../shared/text/paragraphs';
import type Database from 'better-sqlite3';
import type { AnyDb, WritableDb } from '../db/handles';
import { indexArticle } from '../search/indexer';

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
}

const SORTS = {
  imported: 'imported_at, rowid',
  title: 'title COLLATE NOCASE, rowid',
  published: 'published IS NULL, published DESC, rowid',
  source: 'source IS NULL, source COLLATE NOCASE, rowid',
} as const;

export type ArticleSortKey = keyof typeof SORTS;

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
  speakerId?: string | null;
  themeId?: string | null;
}

export function listArticles(db: AnyDb, options: ArticleListOptions = {}): { total: number; items: ArticleSummary[] } {
  const order = SORTS[options.sort ?? 'imported'];
  const where: string[] = [];
  const params: unknown[] = [];
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
  const row = db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
  if (!row) throw new DaftarError('not_found', `No article with id ${id} in this project.`);
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
  };
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
}

const insertStatements = new WeakMap<WritableDb, Database.Statement>();

/** Insert an article and index it for search, together: both or neither. */
export function insertArticle(db: WritableDb, a: NewArticle, now = new Date().toISOString()): void {
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
  const statement = insert;
  db.transaction(() => {
    statement.run({
      id: a.id, title: a.title, text: a.text, chars: a.chars, contentHash: a.contentHash,
      source: a.source ?? null, author: a.author ?? null, published: a.published ?? null, url: a.url ?? null,
      originalFile: a.originalFile, encoding: a.encoding, batchId: a.batchId, now,
      place: a.place ?? null, abstract: a.abstract ?? null, folded: a.folded ? JSON.stringify(a.folded) : null,
    });
    indexArticle(db, a);
  })();
}
