import { DaftarError } from '../../../shared/contract/errors';
import type { Encoding, ImportJob, ImportProgress, ImportReport } from '../../../shared/contract/imports';
import { WorkerJobs, type JobRecord } from '../jobs/worker-jobs';
import type { ColumnOverrides } from './formats/columns';
import type { ImportWorkerInput } from './worker-protocol';

/** Files a browser sent (web mode): where they were put, so the report names them as sent. */
export interface UploadedInputs {
  root: string;
}

/**
 * Import jobs: each on a worker thread (import-worker.ts) run by the same WorkerJobs as exports
 * and merges, so starting, progress, cancel and a crashing worker are handled in one place.
 * The UI starts one, polls its status (progress, rate, ETA) and may cancel it.
 */
export type ImportJobs = WorkerJobs<ImportProgress, ImportReport>;

const EMPTY_PROGRESS: ImportProgress = {
  done: 0, total: 0, imported: 0, duplicates: 0, failed: 0, currentFile: null, rate: 0, etaSeconds: null,
};

export function createImportJobs(workerScript: string): ImportJobs {
  // No grace period after cancel: an import stops after the current file and reports what it
  // wrote; terminating it would keep those articles but lose the report saying which they are.
  return new WorkerJobs(workerScript, 'import');
}

/** Start importing `paths` into the project; at most one import at a time (two writers would only wait on each other). */
export function startImport(
  jobs: ImportJobs,
  projectPath: string,
  paths: string[],
  encoding: Encoding,
  columns?: ColumnOverrides,
  upload?: UploadedInputs,
): string {
  if (jobs.isRunning()) throw DaftarError.because('project_busy', 'import_running');
  const input: Omit<ImportWorkerInput, 'cancel'> = { projectPath, paths, encoding, columns, displayRoot: upload?.root, origin: upload ? 'upload' : 'files' };
  return jobs.start({ input, progress: EMPTY_PROGRESS });
}

/** An import job as the contract shows it: the work's result is the import's `report` (also when cancelled: what came in before). */
export function importJob(job: JobRecord<ImportProgress, ImportReport>): ImportJob {
  const { result, ...rest } = job;
  return { ...rest, report: result };
}
