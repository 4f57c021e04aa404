import type { Encoding, ImportProgress, ImportReport } from '../../../shared/contract/imports';
import type { JobMessage } from '../jobs/job-protocol';
import type { ColumnOverrides } from './formats/columns';

/** What the import worker (import-worker.ts) is given; WorkerJobs adds `cancel`. */
export interface ImportWorkerInput {
  projectPath: string;
  paths: string[];
  encoding: Encoding;
  /** Collections: column names to use for fields (see formats/columns.ts). */
  columns?: ColumnOverrides;
  /** See ImportOptions: uploads are named without their temporary folder. */
  displayRoot?: string;
  origin?: 'files' | 'upload';
  /** SharedArrayBuffer of one Int32: 1 means cancel. */
  cancel: SharedArrayBuffer;
}

/**
 * The import worker speaks the job protocol of every worker (core/jobs): 'done' with the
 * report, or 'cancelled' with the report of what was imported before it stopped (those
 * articles stay in the project).
 */
export type ImportWorkerMessage = JobMessage<ImportProgress, ImportReport>;
