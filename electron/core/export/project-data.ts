/**
 * What the exchange formats (REFI-QDA, JSON-LD) need beyond the quote rows: the articles the
 * quotes come from (with their full text) and the notes written on those articles.
 */
import type { AnyDb } from '../db/handles';
import type { QuoteSheetRow } from './quote-rows';

export interface ExportArticle {
  id: string;
  title: string;
  text: string;
  source: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  file: string | null;
  importedAt: string;
  note: { id: string; text: string; createdBy: string; createdAt: string; updatedBy: string; updatedAt: string } | null;
}

/**
 * The articles of `rows`, in the order they first appear; with `allArticles`, every article of
 * the project (an unfiltered export hands a QDA tool the whole corpus, quoted or not).
 */
export function exportArticles(db: AnyDb, rows: QuoteSheetRow[], allArticles: boolean): ExportArticle[] {
  const ids = allArticles
    ? (db.prepare('SELECT id FROM articles ORDER BY imported_at, rowid').all() as { id: string }[]).map((r) => r.id)
    : [...new Set(rows.map((r) => r.articleId))];
  const get = db.prepare(
    'SELECT id, title, text, source, author, published, url, original_file AS file, imported_at AS importedAt FROM articles WHERE id = ?',
  );
  const note = db.prepare(
    `SELECT id, text, created_by AS createdBy, created_at AS createdAt, updated_by AS updatedBy, updated_at AS updatedAt
     FROM notes WHERE article_id = ?`,
  );
  return ids.map((id) => ({ ...(get.get(id) as Omit<ExportArticle, 'note'>), note: (note.get(id) as ExportArticle['note']) ?? null }));
}
