/**
 * The import worker: runs `importPaths` on its own thread with its own connection, so the
 * process that serves the UI never blocks on file reading or inserts. It runs as a job of
 * WorkerJobs (import-jobs.ts). Cancel is a shared flag read between files (a blocked thread
 * cannot read messages); a hard stop is `worker.terminate()`, which is safe because every
 * batch is one transaction.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DaftarError, errorPayload } from '../../../shared/contract/errors';
import type { ImportProgress } from '../../../shared/contract/imports';
import { closeProject, openProject } from '../db/open';
import { importPaths, type ImportResult } from './import-files';
import { prepareWorkerBeside } from './prepare-pool';
import type { ImportWorkerInput, ImportWorkerMessage } from './worker-protocol';

const input = workerData as ImportWorkerInput;
const cancelFlag = new Int32Array(input.cancel);
const post = (message: ImportWorkerMessage) => parentPort!.postMessage(message);

async function run(): Promise<void> {
  const db = openProject(input.projectPath);
  let result: ImportResult;
  let latest: ImportProgress = { done: 0, total: 0, imported: 0, duplicates: 0, failed: 0, currentFile: null, rate: 0, etaSeconds: null };
  try {
    let last = 0;
    result = await importPaths(db, input.paths, {
      encoding: input.encoding,
      columns: input.columns,
      displayRoot: input.displayRoot,
      origin: input.origin,
      // dist/node/prepare-worker.cjs sits beside this bundle.
      prepareWorker: prepareWorkerBeside(__dirname),
      shouldCancel: () => Atomics.load(cancelFlag, 0) === 1,
      onProgress: (progress) => {
        latest = progress;
        const now = Date.now();
        // Throttle: the UI polls a few times a second; more messages only cost time.
        if (now - last > 50 || progress.done === progress.total) {
          last = now;
          post({ type: 'progress', progress });
        }
      },
    });
  } finally {
    closeProject(db);
  }
  const { imported, duplicates, failed, cancelled } = result;
  // The last progress says what the report says: progress counts articles still waiting for
  // their batch, and a cancel or a throttled message may have left it behind.
  post({ type: 'progress', progress: { ...latest, imported: imported.length, duplicates: duplicates.length, failed: failed.length, currentFile: null } });
  // Only after closing: whoever waits for the end may close or copy the project next, and the
  // file must be whole by then (no -wal left from this connection).
  const report = { imported, duplicates, failed };
  post(cancelled ? { type: 'cancelled', result: report } : { type: 'done', result: report });
}

run().catch((error: unknown) => {
  if (error instanceof DaftarError) post({ type: 'error', ...errorPayload(error) });
  else post({ type: 'error', code: 'internal', message: error instanceof Error ? error.message : String(error) });
});
