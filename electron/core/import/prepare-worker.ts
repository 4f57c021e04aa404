/**
 * A preparing thread of an import (prepare-pool.ts): drafts in, outcomes out, in chunks, in
 * order. It touches no database and no file: the importing thread reads and writes.
 */
import { parentPort } from 'node:worker_threads';
import type { ArticleDraft } from './prepare-article';
import { prepareForImport, type PrepareOutcome, type ReadyArticle } from './prepare-for-import';

export interface PrepareChunk {
  id: number;
  drafts: ArticleDraft[];
}

export interface PreparedChunk {
  id: number;
  /**
   * In the drafts' order. An article whose cleaned text is the draft's text as sent (most
   * are: already NFC, LF, no BOM) comes back with `text: null`; the importing thread still
   * has it, and copying every text back would cost it as much as the row insert.
   */
  outcomes: WireOutcome[];
}

export type WireOutcome = PrepareOutcome | { ok: true; article: Omit<ReadyArticle, 'text'> & { text: null } };

parentPort?.on('message', (chunk: PrepareChunk) => {
  const outcomes = chunk.drafts.map((draft): WireOutcome => {
    const outcome = prepareForImport(draft);
    return outcome.ok && outcome.article.text === draft.text ? { ok: true, article: { ...outcome.article, text: null } } : outcome;
  });
  const reply: PreparedChunk = { id: chunk.id, outcomes };
  parentPort!.postMessage(reply);
});
