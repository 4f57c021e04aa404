/**
 * Everything an article needs before it is written, in one pure step that can run on any
 * thread: the stored form (prepare-article.ts) and its search index forms. Importing a large
 * collection spends about half its time here, so prepare-pool.ts runs it on worker threads
 * while the importing thread reads rows and writes to SQLite.
 */
import { englishOf, reasoned, type Reasoned } from '../../../shared/contract/reasons';
import { indexForms, type IndexedText } from '../../../shared/search/analyze';
import { articleIndexText } from '../search/indexer';
import { prepareArticle, type ArticleDraft, type PreparedArticle } from './prepare-article';
import { ImportFileError } from './read-text-file';

export interface ReadyArticle extends PreparedArticle {
  /** The search index forms of the title and text (indexer.ts `articleIndexText`). */
  forms: IndexedText;
}

/** A failed file's (or row's) entry in the report: the English reason, and the catalogued one for the UI. */
export type ImportFailure = { error: string } & Partial<Reasoned>;

export type PrepareOutcome = { ok: true; article: ReadyArticle } | { ok: false; label: string; failure: ImportFailure };

export function importFailure(error: unknown): ImportFailure {
  if (error instanceof ImportFileError) return { error: error.message, ...error.why };
  const why = reasoned('import_unreadable', { detail: (error as Error).message });
  return { error: englishOf(why), ...why };
}

/** Prepare and analyse one draft. Never throws: a bad draft is a failure for the report. */
export function prepareForImport(draft: ArticleDraft): PrepareOutcome {
  try {
    const article = prepareArticle(draft);
    return { ok: true, article: { ...article, forms: indexForms(articleIndexText(article.title, article.text)) } };
  } catch (error) {
    return { ok: false, label: draft.label, failure: importFailure(error) };
  }
}
