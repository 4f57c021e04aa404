import type { Encoding, ImportProgress } from '../../../shared/contract/imports';
import type { ImportResult } from './import-files';

export interface WorkerInput {
  projectPath: string;
  paths: string[];
  encoding: Encoding;
  /** SharedArrayBuffer of one Int32: 1 means cancel. */
  cancel: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: ImportResult }
  | { type: 'error'; message: string };
