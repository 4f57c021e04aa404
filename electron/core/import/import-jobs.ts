import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { DaftarError } from '../../../shared/contract/errors';
import { englishOf, reasoned, type Reasoned } from '../../../shared/contract/reasons';
import type { Encoding, ImportJob, ImportProgress } from '../../../shared/contract/imports';
import type { ColumnOverrides } from './formats/columns';
import type { WorkerInput, WorkerMessage } from './worker-protocol';

/** Files a browser sent (web mode): where they were put, so the report names them as sent. */
export interface UploadedInputs {
  root: string;
}

const EMPTY_PROGRESS: ImportProgress = {
  done: 0, total: 0, imported: 0, duplicates: 0, failed: 0, currentFile: null, rate: 0, etaSeconds: null,
};

interface RunningJob {
  job: ImportJob;
  worker: Worker | null;
  cancel: Int32Array;
  finished: Promise<ImportJob>;
}

/** Keep finished jobs around for a while so the UI can read their report. */
const KEEP_FINISHED = 20;

/**
 * Import jobs, each on a worker thread. The UI starts one, polls its status (progress, rate,
 * ETA) and may cancel it. At most one import runs per project at a time: two writers would
 * only wait on each other.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, RunningJob>();

  constructor(private readonly workerScript: string) {}

  start(projectPath: string, paths: string[], encoding: Encoding, columns?: ColumnOverrides, upload?: UploadedInputs): string {
    if ([...this.jobs.values()].some((j) => j.job.state === 'running')) {
      throw DaftarError.because('project_busy', 'import_running');
    }
    const id = randomUUID();
    const cancelBuffer = new SharedArrayBuffer(4);
    const job: ImportJob = { id, state: 'running', progress: EMPTY_PROGRESS, report: null, error: null };
    const input: WorkerInput = { projectPath, paths, encoding, columns, cancel: cancelBuffer, displayRoot: upload?.root, origin: upload ? 'upload' : 'files' };
    const worker = new Worker(this.workerScript, { workerData: input });
    const entry: RunningJob = { job, worker, cancel: new Int32Array(cancelBuffer), finished: Promise.resolve(job) };
    entry.finished = new Promise<ImportJob>((resolve) => {
      const finish = (patch: Partial<ImportJob>) => {
        if (job.state !== 'running') return;
        Object.assign(job, patch);
        entry.worker = null;
        resolve(job);
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') job.progress = m.progress;
        else if (m.type === 'done') {
          const { imported, duplicates, failed, cancelled } = m.result;
          job.progress = { ...job.progress, imported: imported.length, duplicates: duplicates.length, failed: failed.length, currentFile: null };
          finish({ state: cancelled ? 'cancelled' : 'done', report: { imported, duplicates, failed } });
        } else {
          const { type: _type, message, ...why } = m;
          finish({ state: 'failed', error: message, ...why });
        }
      });
      // A crash is said with its reason too, so the UI names it in its own language.
      const failed = (why: Reasoned): Partial<ImportJob> => ({ state: 'failed', error: englishOf(why), ...why });
      worker.on('error', (e) => finish(failed(reasoned('job_failed', { job: reasoned('job_import'), detail: e.message }))));
      worker.on('exit', (code) => finish(failed(reasoned('job_stopped', { job: reasoned('job_import'), code }))));
    });
    this.jobs.set(id, entry);
    this.prune();
    return id;
  }

  status(id: string): ImportJob {
    return this.get(id).job;
  }

  /** Ask the job to stop after the current file; what is committed stays. */
  cancel(id: string): ImportJob {
    const entry = this.get(id);
    Atomics.store(entry.cancel, 0, 1);
    return entry.job;
  }

  /** Resolves when the job has finished (done, cancelled or failed). */
  wait(id: string): Promise<ImportJob> {
    return this.get(id).finished;
  }

  isRunning(): boolean {
    return [...this.jobs.values()].some((j) => j.job.state === 'running');
  }

  /** Stop every job now (closing the project or quitting): terminate is safe, batches are transactions. */
  async stopAll(): Promise<void> {
    await Promise.all(
      [...this.jobs.values()].map(async (j) => {
        Atomics.store(j.cancel, 0, 1);
        if (j.worker) {
          const timeout = setTimeout(() => void j.worker?.terminate(), 5000);
          await j.finished;
          clearTimeout(timeout);
        }
      }),
    );
  }

  private get(id: string): RunningJob {
    const entry = this.jobs.get(id);
    if (!entry) throw new DaftarError('not_found', `No import job ${id}.`);
    return entry;
  }

  private prune(): void {
    const finished = [...this.jobs.entries()].filter(([, j]) => j.job.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id);
  }
}
