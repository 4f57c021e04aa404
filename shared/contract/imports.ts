import { z } from 'zod';
import { FilePath } from './project';

export const Encoding = z.enum(['auto', 'utf-8', 'windows-1256', 'iso-8859-6', 'utf-16le', 'utf-16be']);
export type Encoding = z.infer<typeof Encoding>;

/** The report of an import, as the CLI prints it with --json (DESIGN.md's contract). */
export const ImportReport = z.object({
  imported: z.array(z.object({ id: z.string(), file: z.string(), title: z.string() })),
  duplicates: z.array(z.object({ file: z.string(), duplicateOf: z.string() })),
  failed: z.array(z.object({ file: z.string(), error: z.string() })),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ImportProgress = z.object({
  /** Files looked at so far, of `total` found. */
  done: z.number().int(),
  total: z.number().int(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  failed: z.number().int(),
  currentFile: z.string().nullable(),
  /** Files per second since the start, and the estimated seconds left. */
  rate: z.number(),
  etaSeconds: z.number().nullable(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const JobState = z.enum(['running', 'done', 'cancelled', 'failed']);

export const ImportJob = z.object({
  id: z.string(),
  state: JobState,
  progress: ImportProgress,
  report: ImportReport.nullable(),
  /** Why the whole job failed (not a single file: those are in report.failed). */
  error: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;

export const importMethods = {
  'import.start': {
    request: z.object({ paths: z.array(FilePath).min(1).max(10_000), encoding: Encoding.default('auto') }),
    response: z.object({ jobId: z.string() }),
  },
  'import.status': { request: z.object({ jobId: z.string().max(64) }), response: ImportJob },
  'import.cancel': { request: z.object({ jobId: z.string().max(64) }), response: ImportJob },
} as const;
