/**
 * The import worker: runs `importPaths` on its own thread with its own connection, so the
 * process that serves the UI never blocks on file reading or inserts. Cancel is a shared
 * flag read between files (a blocked thread cannot read messages); a hard stop is
 * `worker.terminate()`, which is safe because every batch is one transaction.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DaftarError, errorPayload } from '../../../shared/contract/errors';
import { closeProject, openProject } from '../db/open';
import { importPaths, type ImportResult } from './import-files';
import { prepareWorkerBeside } from './prepare-pool';
import type { WorkerInput, WorkerMessage } from './worker-protocol';

const input = workerData as WorkerInput;
const cancelFlag = new Int32Array(input.cancel);
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

async function run(): Promise<void> {
  const db = openProject(input.projectPath);
  let result: ImportResult;
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
  // Only after closing: whoever waits for 'done' may close or copy the project next, and the
  // file must be whole by then (no -wal left from this connection).
  post({ type: 'done', result });
}

run().catch((error: unknown) => {
  if (error instanceof DaftarError) {
    const { code: _code, ...said } = errorPayload(error);
    post({ type: 'error', ...said });
  } else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
});
