/**
 * A preparing thread of an import (prepare-pool.ts): drafts in, outcomes out, in chunks, in
 * order. It touches no database and no file: the importing thread reads and writes.
 */
import { parentPort } from 'node:worker_threads';
import type { ArticleDraft } from './prepare-article';
import { prepareForImport, type PrepareOutcome } from './prepare-for-import';

export interface PrepareChunk {
  id: number;
  drafts: ArticleDraft[];
}

export interface PreparedChunk {
  id: number;
  outcomes: PrepareOutcome[];
}

parentPort?.on('message', (chunk: PrepareChunk) => {
  const reply: PreparedChunk = { id: chunk.id, outcomes: chunk.drafts.map(prepareForImport) };
  parentPort!.postMessage(reply);
});
