import type { Encoding, ImportProgress } from '../../../shared/contract/imports';
import type { ReasonKey, ReasonParams } from '../../../shared/contract/reasons';
import type { ColumnOverrides } from './formats/columns';
import type { ImportResult } from './import-files';

export interface WorkerInput {
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

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: ImportResult }
  | { type: 'error'; message: string; reason?: ReasonKey; params?: ReasonParams };
