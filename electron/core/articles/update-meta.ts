/**
 * Editing an article's metadata (title, source, published date, place, URL, author) in the
 * inspector. The text is never touched: highlights hold offsets into it. The edit is one
 * operation in the log, so Ctrl+Z undoes it like any annotation change; the search index,
 * which holds the title, is brought in step in the same transaction.
 */
import type { Article, ArticleMetaEdit } from '../../../shared/contract/articles';
import { DaftarError } from '../../../shared/contract/errors';
import { checkArticleMeta, metaProblemsReason } from '../../../shared/text/article-meta';
import type { WritableDb } from '../db/handles';
import { recordOperation } from '../history/operations';
import { getArticle, reindexArticle } from './articles';

export function updateArticleMeta(db: WritableDb, edit: ArticleMetaEdit, actor: string): Article {
  const before = getArticle(db, edit.id);
  const checked = checkArticleMeta(edit);
  if (!checked.ok) {
    throw DaftarError.because('invalid_input', 'meta_not_saved', { title: before.title, problems: metaProblemsReason(checked.problems) });
  }
  const v = checked.value;
  const unchanged =
    v.title === before.title && v.source === before.source && v.published === before.published &&
    v.place === (before.place ?? null) && v.url === before.url && v.author === before.author;
  if (unchanged) return before;
  recordOperation(db, `Edit details of “${v.title}”`, actor, (rec) => {
    rec.track('articles', { id: edit.id });
    db.prepare(
      `UPDATE articles SET title = ?, source = ?, published = ?, place = ?, url = ?, author = ?, updated_at = ? WHERE id = ?`,
    ).run(v.title, v.source, v.published, v.place, v.url, v.author, new Date().toISOString(), edit.id);
    if (v.title !== before.title) reindexArticle(db, edit.id);
  });
  return getArticle(db, edit.id);
}
