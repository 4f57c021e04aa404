/**
 * Pasted text as an article: the same preparation as an imported file (clean text, content
 * hash, folded paragraphs, title/date/dateline heuristics), the same duplicate check and the
 * same insert, in a batch of its own whose origin is 'paste'. What the analyst typed in the
 * paste dialog wins over what the heuristics found.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { PastedArticle } from '../../../shared/contract/imports';
import { DaftarError } from '../../../shared/contract/errors';
import { checkArticleMeta, metaProblemsReason } from '../../../shared/text/article-meta';
import { clipTitle } from '../../../shared/text/title';
import { findArticleByHash, insertArticle } from '../articles/articles';
import type { WritableDb } from '../db/handles';
import { beginBatch, endBatch } from './import-files';
import { prepareArticle, type PreparedArticle } from './prepare-article';
import { ImportFileError } from './read-text-file';

const PASTED = 'pasted text';

function prepare(text: string): PreparedArticle {
  try {
    return prepareArticle({
      label: PASTED,
      originalFile: PASTED,
      text,
      encoding: null,
      fallbackTitle: clipTitle(text.trim().split('\n')[0] ?? '', 80),
      emptyReason: 'paste_empty',
    });
  } catch (error) {
    if (error instanceof ImportFileError) throw DaftarError.because('invalid_input', 'paste_nothing_imported', { problem: error.problem });
    throw error;
  }
}

/** What the import would find by itself in pasted text, to prefill the paste dialog. */
export function previewPasted(text: string): { title: string; published: string | null; place: string | null; source: string | null } {
  const a = prepare(text);
  return { title: a.title, published: a.published, place: a.place, source: a.source };
}

export function importPasted(
  db: WritableDb,
  pasted: z.output<typeof PastedArticle>,
): { id: string | null; duplicateOf: string | null; title: string } {
  const found = prepare(pasted.text);
  const typed = checkArticleMeta({
    title: pasted.title?.trim() ? pasted.title : found.title,
    source: pasted.source ?? found.source ?? '',
    published: pasted.published ?? found.published ?? '',
    place: pasted.place ?? found.place ?? '',
    url: pasted.url ?? '',
    author: pasted.author ?? '',
  });
  if (!typed.ok) {
    throw DaftarError.because('invalid_input', 'paste_not_imported', { problems: metaProblemsReason(typed.problems) });
  }
  const meta = typed.value;
  const duplicateOf = findArticleByHash(db, found.contentHash) ?? null;
  if (duplicateOf) return { id: null, duplicateOf, title: meta.title };
  const id = randomUUID();
  db.transaction(() => {
    const batchId = beginBatch(db, [], 'paste');
    insertArticle(db, {
      ...found,
      id,
      ...meta,
      originalFile: null,
      encoding: null,
      batchId,
    });
    endBatch(db, batchId, 1, false);
  }).immediate();
  return { id, duplicateOf: null, title: meta.title };
}
