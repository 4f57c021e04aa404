import fs from 'node:fs';
import path from 'node:path';
import { DaftarError } from '../../../shared/contract/errors';
import type { ExportProgress, ExportResult, MergeProgress, MergeReport } from '../../../shared/contract/exports';
import type { ProbeResult } from '../db/open';
import type { ExportOptions } from '../export/export-quotes';
import { checkDestination, temporaryName } from '../export/write-file';
import { refuseSelfMerge } from '../merge/merge';
import type { ProjectWorkerInput } from './job-protocol';
import { DEFAULT_PROBE_TIMEOUT_MS, probeInWorker, timedOut } from './probe-in-worker';
import { WorkerJobs } from './worker-jobs';

/** An export that has not stopped this long after cancel is terminated: it only reads, and its temporary file is removed. */
const EXPORT_CANCEL_GRACE_MS = 1000;

export interface ProjectJobsOptions {
  /** The built project worker (dist/node/project-worker.cjs). */
  workerScript: string;
  /** How long the probe of a file from elsewhere may take (default 20 s). */
  probeTimeoutMs?: number;
}

/**
 * The open project's long work on worker threads: exports and merges as jobs, and the probe of
 * files from elsewhere under a deadline. A merge writes from its own connection, so the
 * handlers refuse other writes while one runs (handlers/merge-gate.ts).
 */
export class ProjectJobs {
  readonly exports: WorkerJobs<ExportProgress, ExportResult>;
  readonly merges: WorkerJobs<MergeProgress, MergeReport>;
  readonly probeTimeoutMs: number;

  constructor(private readonly options: ProjectJobsOptions) {
    this.exports = new WorkerJobs(options.workerScript, 'export', EXPORT_CANCEL_GRACE_MS);
    // A merge is never terminated on cancel: it stops between items, so its transaction rolls back.
    this.merges = new WorkerJobs(options.workerScript, 'merge');
    this.probeTimeoutMs = options.probeTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  }

  /** Check a project file from elsewhere on a worker, terminated after the timeout. */
  probe(file: string): Promise<ProbeResult> {
    return probeInWorker(this.options.workerScript, file, this.probeTimeoutMs);
  }

  /** Start an export; a missing folder or an existing file (without overwrite) is refused now, before the job. */
  startExport(projectPath: string, options: Omit<ExportOptions, 'hooks' | 'temporaryPath'>): string {
    const target = path.resolve(options.path);
    const dir = path.dirname(target);
    if (!fs.existsSync(dir)) throw DaftarError.because('invalid_input', 'folder_missing', { file: options.path, dir });
    checkDestination(options.path, options.overwrite ?? false);
    const tmp = temporaryName(target);
    const input: Omit<ProjectWorkerInput, 'cancel'> = { task: { kind: 'export', projectPath, options: { ...options, path: target, temporaryPath: tmp } } };
    return this.exports.start({
      input,
      progress: { phase: 'reading', done: 0, total: 0 },
      cleanup: () => fs.rmSync(tmp, { force: true }),
    });
  }

  /** Start merging `otherPath` (a Daftar project or a .qdpx) into the project; one merge at a time. */
  startMerge(projectPath: string, otherPath: string, actor: string): string {
    if (this.merges.isRunning()) throw DaftarError.because('project_busy', 'merge_already_running');
    refuseSelfMerge(projectPath, otherPath);
    const other = path.resolve(otherPath);
    const input: Omit<ProjectWorkerInput, 'cancel'> = { task: { kind: 'merge', projectPath, otherPath: other, actor } };
    return this.merges.start({
      input,
      progress: { phase: 'checking', done: 0, total: 1, articles: 0, quotes: 0 },
      // Checking their file (probe, or unpacking a .qdpx) must end in time; the merge itself may take as long as it needs.
      deadline: { ms: this.probeTimeoutMs, passed: (p) => p.phase !== 'checking', error: timedOut(other, this.probeTimeoutMs) },
    });
  }

  isMergeRunning(): boolean {
    return this.merges.isRunning();
  }

  async stopAll(): Promise<void> {
    await Promise.all([this.exports.stopAll(), this.merges.stopAll()]);
  }
}
