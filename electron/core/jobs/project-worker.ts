/**
 * The project worker (dist/node/project-worker.cjs): the long or risky work on project files,
 * each on its own thread with its own connection, so the process that serves the UI never
 * blocks on it — the probe of a file from elsewhere, an export, a merge. Progress goes out as
 * messages (throttled), cancel comes in through a shared flag (see cancel.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DaftarError, errorPayload } from '../../../shared/contract/errors';
import type { ExportProgress, MergeProgress } from '../../../shared/contract/exports';
import { closeProject, openProject, openProjectReadonly, probeProject } from '../db/open';
import { exportQuotes } from '../export/export-quotes';
import { mergeProject, readOtherFile, refuseSelfMerge } from '../merge/merge';
import { isQdpx, withQdpxAsProject } from '../merge/qdpx-import';
import { JobCancelled } from './cancel';
import type { JobMessage, ProjectWorkerInput } from './job-protocol';

const input = workerData as ProjectWorkerInput;
const cancelFlag = new Int32Array(input.cancel);
const shouldCancel = () => Atomics.load(cancelFlag, 0) === 1;
const post = (message: JobMessage<unknown, unknown>) => parentPort!.postMessage(message);

/** At most a message per 50 ms (the UI polls a few times a second), but every change of phase at once. */
function throttled<P extends { phase: string }>(): (progress: P) => void {
  let last = 0;
  let phase = '';
  return (progress) => {
    const now = Date.now();
    if (progress.phase !== phase || now - last > 50) {
      last = now;
      phase = progress.phase;
      post({ type: 'progress', progress });
    }
  };
}

async function run(): Promise<unknown> {
  const task = input.task;
  switch (task.kind) {
    case 'probe':
      return probeProject(task.file);
    case 'export': {
      const db = openProjectReadonly(task.projectPath);
      try {
        return await exportQuotes(db, { ...task.options, hooks: { onProgress: throttled<ExportProgress>(), shouldCancel } });
      } finally {
        closeProject(db);
      }
    }
    case 'merge': {
      refuseSelfMerge(task.projectPath, task.otherPath);
      const onProgress = throttled<MergeProgress>();
      const checking: MergeProgress = { phase: 'checking', done: 0, total: 1, articles: 0, quotes: 0 };
      onProgress(checking);
      // Their file first (the probe, or unpacking a .qdpx): the job's deadline covers this part,
      // and a refused file is refused before our project is opened at all.
      const merge = (source: string) => {
        const other = readOtherFile(source);
        onProgress({ ...checking, phase: 'snapshot' });
        const db = openProject(task.projectPath);
        try {
          return mergeProject(db, source, task.actor, { other, onProgress, shouldCancel });
        } finally {
          closeProject(db);
        }
      };
      if (!isQdpx(task.otherPath)) return merge(task.otherPath);
      return withQdpxAsProject(task.otherPath, task.actor, (tmp, notImported) => ({ ...merge(tmp), other: task.otherPath, notImported }));
    }
  }
}

// 'done' only after closing: whoever waits for it may close or copy the project next.
run().then(
  (result) => post({ type: 'done', result }),
  (error: unknown) => {
    if (error instanceof JobCancelled) post({ type: 'cancelled' });
    else if (error instanceof DaftarError) post({ type: 'error', ...errorPayload(error) });
    else post({ type: 'error', code: 'internal', message: error instanceof Error ? error.message : String(error) });
  },
);
