/**
 * Keeping the search index in step with the articles. Every article is indexed in the same
 * transaction that inserts it (articles.ts `insertArticle`), so the index is never behind.
 */
import type Database from 'better-sqlite3';
import { ANALYZER_VERSION, indexForms, type IndexedText } from '../../../shared/search/analyze';
import type { AnyDb, WritableDb } from '../db/handles';

/** The key in project_meta that records which analyzer built the index. */
export const ANALYZER_META_KEY = 'search_analyzer';

export const STALE_INDEX =
  'the search index was built by another version of Daftar; it is rebuilt the next time Daftar searches the project (until then some word forms may not be found)';

interface IndexStatements {
  addDoc: Database.Statement;
  addFts: Database.Statement;
  findDoc: Database.Statement;
  deleteDoc: Database.Statement;
  deleteFts: Database.Statement;
}

const statements = new WeakMap<AnyDb, IndexStatements>();

function prepared(db: WritableDb): IndexStatements {
  let s = statements.get(db);
  if (!s) {
    s = {
      addDoc: db.prepare('INSERT INTO search_article_docs (article_id, source, published, batch_id) VALUES (?, ?, ?, ?)'),
      addFts: db.prepare('INSERT INTO search_articles (rowid, stem, bare) VALUES (?, ?, ?)'),
      findDoc: db.prepare('SELECT doc FROM search_article_docs WHERE article_id = ?'),
      deleteDoc: db.prepare('DELETE FROM search_article_docs WHERE doc = ?'),
      deleteFts: db.prepare('DELETE FROM search_articles WHERE rowid = ?'),
    };
    statements.set(db, s);
  }
  return s;
}

/**
 * What is indexed for an article: its title, unless the text already opens with it (files
 * imported from .txt take their title from the first line), then the text.
 */
export function articleIndexText(title: string, text: string): string {
  const t = title.trim();
  return t === '' || text.trimStart().startsWith(t) ? text : `${t}\n${text}`;
}

export interface IndexableArticle {
  id: string;
  title: string;
  text: string;
  /** Copied beside the index for filtering (see migration 2). */
  source?: string | null;
  published?: string | null;
  batchId?: string | null;
}

/**
 * Add one article to the index. Call inside the transaction that inserts the article.
 * `forms` may be given when they were computed already (an import prepares them on another
 * thread); they must be `indexForms(articleIndexText(title, text))`.
 */
export function indexArticle(db: WritableDb, article: IndexableArticle, given?: IndexedText): void {
  const s = prepared(db);
  const forms = given ?? indexForms(articleIndexText(article.title, article.text));
  const doc = s.addDoc.run(article.id, article.source ?? null, article.published ?? null, article.batchId ?? null).lastInsertRowid;
  s.addFts.run(doc, forms.stem, forms.bare);
}

/** Take an article out of the index (before deleting it: the foreign key insists). */
export function unindexArticle(db: WritableDb, articleId: string): boolean {
  const s = prepared(db);
  const row = s.findDoc.get(articleId) as { doc: number } | undefined;
  if (!row) return false;
  s.deleteFts.run(row.doc);
  s.deleteDoc.run(row.doc);
  return true;
}

/**
 * Index every article from scratch, and record the analyzer version. Used by migration 2 for
 * projects that had articles before search existed, and when the analyzer changes. Runs in
 * the caller's transaction when there is one, else in its own.
 */
export function rebuildArticleIndex(db: WritableDb): number {
  let count = 0;
  db.transaction(() => {
    // 'delete-all' is FTS5's way to empty a contentless table.
    db.exec("INSERT INTO search_articles (search_articles) VALUES ('delete-all'); DELETE FROM search_article_docs;");
    // Read all ids first: better-sqlite3 cannot write while a read cursor on the same
    // connection is open, and one article's text at a time keeps memory flat.
    const ids = db.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all() as string[];
    const get = db.prepare('SELECT id, title, text, source, published, batch_id AS batchId FROM articles WHERE id = ?');
    for (const id of ids) {
      indexArticle(db, get.get(id) as IndexableArticle);
      count++;
    }
    db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
      ANALYZER_META_KEY,
      ANALYZER_VERSION,
    );
  })();
  return count;
}

/** The analyzer version that built this project's index (null: before versions were kept). */
export function indexAnalyzerVersion(db: AnyDb): string | null {
  const row = db.prepare('SELECT value FROM project_meta WHERE key = ?').get(ANALYZER_META_KEY) as { value: string } | undefined;
  return row?.value ?? null;
}

/**
 * Re-index when the project's index was built by another analyzer version (a newer Daftar
 * stems differently): otherwise old articles and new queries would no longer meet.
 * Returns the number of articles re-indexed (0 when the index was current).
 */
export function ensureSearchIndex(db: WritableDb): number {
  return indexAnalyzerVersion(db) === ANALYZER_VERSION ? 0 : rebuildArticleIndex(db);
}

/**
 * What `daftar check` can report about the index: articles it does not know, and index rows
 * whose article is gone (neither can happen through core; a file edited by another tool can).
 * The FTS5 table is contentless, so its own rows are counted through the doc map.
 */
export function searchIndexProblems(db: AnyDb): string[] {
  const problems: string[] = [];
  const missing = db
    .prepare('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_article_docs d WHERE d.article_id = a.id)')
    .pluck()
    .get() as number;
  if (missing) problems.push(`${missing} article${missing === 1 ? ' is' : 's are'} missing from the search index`);
  const docs = db.prepare('SELECT count(*) FROM search_article_docs').pluck().get() as number;
  const rows = db.prepare('SELECT count(*) FROM search_articles_docsize').pluck().get() as number;
  if (rows !== docs) problems.push(`the search index holds ${rows} entries for ${docs} indexed articles`);
  if (indexAnalyzerVersion(db) !== ANALYZER_VERSION) problems.push(STALE_INDEX);
  return problems;
}
