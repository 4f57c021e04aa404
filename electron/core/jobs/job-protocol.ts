import type { ErrorPayload } from '../../../shared/contract/errors';
import type { ExportOptions } from '../export/export-quotes';

/** What the project worker (project-worker.ts) is asked to do. */
export type ProjectTask =
  | { kind: 'probe'; file: string }
  | { kind: 'export'; projectPath: string; options: Omit<ExportOptions, 'hooks'> }
  | { kind: 'merge'; projectPath: string; otherPath: string; actor: string };

export interface ProjectWorkerInput {
  task: ProjectTask;
  /** SharedArrayBuffer of one Int32: 1 means cancel (a busy thread reads no messages). */
  cancel: SharedArrayBuffer;
}

/**
 * Messages from any job worker; an error carries a DaftarError's payload (code, message, reason)
 * across the thread. 'cancelled' carries a result when the work keeps what it did before it
 * stopped (an import's articles already written); work that rolls back (export, merge) sends none.
 */
export type JobMessage<P, R> =
  | { type: 'progress'; progress: P }
  | { type: 'done'; result: R }
  | { type: 'cancelled'; result?: R }
  | ({ type: 'error' } & ErrorPayload);
