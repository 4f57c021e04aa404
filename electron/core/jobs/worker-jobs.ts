import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { DaftarError, errorPayload, type ErrorCode } from '../../../shared/contract/errors';
import { englishOf, reasoned, type Reasoned, type ReasonKey, type ReasonParams } from '../../../shared/contract/reasons';
import type { JobMessage } from './job-protocol';

/** What a job is called in its messages ("the import stopped unexpectedly"). */
export type JobKind = 'import' | 'export' | 'merge';
const JOB_NAMES = { import: 'job_import', export: 'job_export', merge: 'job_merge' } as const satisfies Record<JobKind, ReasonKey>;

export type JobState = 'running' | 'done' | 'cancelled' | 'failed';

/** A job as the contract shows it: how far it is, and what came of it. */
export interface JobRecord<P, R> {
  id: string;
  state: JobState;
  progress: P;
  /** What the work answered: when done, and for work that keeps what it did before a cancel (an import), when cancelled too. */
  result: R | null;
  error: string | null;
  /** Why it failed, when the work said so (the UI translates the reason; `error` is the English). */
  code?: ErrorCode;
  reason?: ReasonKey;
  params?: ReasonParams;
}

export interface StartOptions<P> {
  /** Passed to the worker as workerData, with `cancel` (the shared flag) added. */
  input: object;
  progress: P;
  /**
   * The worker must have reported progress for which `passed` is true within `ms`, or it is
   * terminated and the job fails with `error` (a hostile file must not hang the probe).
   */
  deadline?: { ms: number; passed: (progress: P) => boolean; error: DaftarError };
  /** After a terminate (cancel not heeded in time, deadline, stopAll): remove what the worker left. */
  cleanup?: () => void;
}

interface Running<P, R> {
  job: JobRecord<P, R>;
  worker: Worker | null;
  cancel: Int32Array;
  finished: Promise<JobRecord<P, R>>;
  cleanup?: () => void;
}

/** Keep finished jobs around for a while so the UI can read their result. */
const KEEP_FINISHED = 20;

/**
 * Jobs that each run on their own worker thread (imports, exports, merges), so the process
 * serving the UI answers other requests meanwhile: start → id, status (progress), cancel, wait.
 * Cancel sets a shared flag the work reads between items; with `cancelGraceMs` a worker that
 * has not stopped by then is terminated (only for work that a terminate cannot leave half-done,
 * e.g. a read-only export). A worker that ends after cancel without saying so (terminated by
 * the grace period or stopAll) leaves the job cancelled, with no result.
 */
export class WorkerJobs<P, R> {
  private readonly jobs = new Map<string, Running<P, R>>();

  constructor(
    private readonly workerScript: string,
    /** How the job is named in messages. */
    private readonly what: JobKind,
    private readonly cancelGraceMs?: number,
  ) {}

  start(options: StartOptions<P>): string {
    const id = randomUUID();
    const cancelBuffer = new SharedArrayBuffer(4);
    const job: JobRecord<P, R> = { id, state: 'running', progress: options.progress, result: null, error: null };
    const worker = new Worker(this.workerScript, { workerData: { ...options.input, cancel: cancelBuffer } });
    const entry: Running<P, R> = { job, worker, cancel: new Int32Array(cancelBuffer), finished: Promise.resolve(job), cleanup: options.cleanup };
    let deadline: NodeJS.Timeout | undefined;
    entry.finished = new Promise((resolve) => {
      const finish = (patch: Partial<JobRecord<P, R>>) => {
        if (job.state !== 'running') return;
        clearTimeout(deadline);
        Object.assign(job, patch);
        entry.worker = null;
        resolve(job);
      };
      worker.on('message', (m: JobMessage<P, R>) => {
        if (m.type === 'progress') {
          job.progress = m.progress;
          if (options.deadline?.passed(m.progress)) clearTimeout(deadline);
        } else if (m.type === 'done') finish({ state: 'done', result: m.result });
        // An import stopped between files keeps the articles it wrote, and its report says which.
        else if (m.type === 'cancelled') finish({ state: 'cancelled', result: m.result ?? null });
        else {
          const { type: _type, message, ...why } = m;
          finish({ state: 'failed', error: message, ...why });
        }
      });
      // A crash is said with its reason too, so the UI names it in its own language.
      const failed = (why: Reasoned): Partial<JobRecord<P, R>> => ({ state: 'failed', error: englishOf(why), code: 'internal', ...why });
      const jobName = reasoned(JOB_NAMES[this.what]);
      worker.on('error', (e) => finish(failed(reasoned('job_failed', { job: jobName, detail: e.message }))));
      worker.on('exit', (code) => {
        const cancelled = Atomics.load(entry.cancel, 0) === 1;
        if (job.state === 'running') entry.cleanup?.();
        finish(cancelled ? { state: 'cancelled' } : failed(reasoned('job_stopped', { job: jobName, code })));
      });
      if (options.deadline) {
        const { ms, error } = options.deadline;
        deadline = setTimeout(() => {
          const { message, ...why } = errorPayload(error);
          finish({ state: 'failed', error: message, ...why });
          void worker.terminate().then(() => entry.cleanup?.());
        }, ms);
      }
    });
    this.jobs.set(id, entry);
    this.prune();
    return id;
  }

  status(id: string): JobRecord<P, R> {
    return this.get(id).job;
  }

  /** Ask the job to stop; answers the job as it is now (still 'running' until the worker has stopped). */
  cancel(id: string): JobRecord<P, R> {
    const entry = this.get(id);
    if (entry.job.state !== 'running') return entry.job;
    Atomics.store(entry.cancel, 0, 1);
    if (this.cancelGraceMs !== undefined) {
      const timer = setTimeout(() => void entry.worker?.terminate(), this.cancelGraceMs);
      void entry.finished.then(() => clearTimeout(timer));
    }
    return entry.job;
  }

  /** Resolves when the job has finished (done, cancelled or failed). */
  wait(id: string): Promise<JobRecord<P, R>> {
    return this.get(id).finished;
  }

  isRunning(): boolean {
    return [...this.jobs.values()].some((j) => j.job.state === 'running');
  }

  /** Stop every job (closing the project or quitting): cancelled first, terminated after 5 s. */
  async stopAll(): Promise<void> {
    await Promise.all(
      [...this.jobs.values()].map(async (j) => {
        if (!j.worker) return;
        Atomics.store(j.cancel, 0, 1);
        const timeout = setTimeout(() => void j.worker?.terminate(), 5000);
        await j.finished;
        clearTimeout(timeout);
      }),
    );
  }

  private get(id: string): Running<P, R> {
    const entry = this.jobs.get(id);
    if (!entry) throw new DaftarError('not_found', `No ${this.what} job ${id}.`); // a stale id from a script, never the UI's
    return entry;
  }

  private prune(): void {
    const finished = [...this.jobs.entries()].filter(([, j]) => j.job.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id);
  }
}
