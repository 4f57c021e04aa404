import { z } from 'zod';
import { JobFailure, JobState } from './imports';
import { contractMessage, ReasonedSchema } from './reasons';
import { FilePath, ProjectInfo } from './project';

/** What a quote sheet or exchange file can be written as (issue 6). */
export const ExportFormat = z.enum(['csv', 'xlsx', 'qdpx', 'qdc', 'jsonld', 'html']);
export type ExportFormat = z.infer<typeof ExportFormat>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, contractMessage('request_date'));

/** Which quotes go into the sheet; every field narrows, none means all quotes. */
export const QuoteFilters = z.object({
  /** A speaker's name or any alias. */
  speaker: z.string().max(200).optional(),
  /** A theme's name or alias: quotes coded with it or any theme below it. */
  theme: z.string().max(200).optional(),
  articleId: z.string().max(64).optional(),
  /** The article's source/outlet, exactly as stored. */
  source: z.string().max(500).optional(),
  /** Published on or after / on or before (YYYY-MM-DD; articles without a date are left out). */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type QuoteFilters = z.infer<typeof QuoteFilters>;

/** Column headings: labels in the UI language, or stable machine names for scripts. */
export const HeaderStyle = z.enum(['labels', 'machine']);
export type HeaderStyle = z.infer<typeof HeaderStyle>;
export const SheetLanguage = z.enum(['ar', 'en']);
export type SheetLanguage = z.infer<typeof SheetLanguage>;

export const MergeConflict = z.object({
  /** 'note' when both sides wrote different notes; 'speaker' when they named different speakers. */
  kind: z.enum(['note', 'speaker']),
  highlightId: z.string().nullable(),
  articleId: z.string().nullable(),
  quote: z.string().nullable(),
  ours: z.string(),
  theirs: z.string(),
  theirAuthor: z.string(),
  /** What the project holds now. */
  resolution: z.string(),
});
export type MergeConflict = z.infer<typeof MergeConflict>;

const Counts = z.object({ added: z.number().int(), matched: z.number().int() });

export const MergeReport = z.object({
  other: z.string(),
  /** The copy of the project taken before merging: copy it back over the project to undo. */
  snapshot: z.string(),
  articles: Counts,
  tags: Counts,
  highlights: Counts.extend({
    /** Their quotes whose text could not be found in our copy of the article: not merged. */
    /** `reason` is English (the CLI prints it); `why` is the same as a catalogued reason, for the UI. */
    skipped: z.array(z.object({ id: z.string(), articleId: z.string(), quote: z.string(), reason: z.string(), why: ReasonedSchema.optional() })),
  }),
  notes: z.object({ added: z.number().int(), conflicts: z.array(MergeConflict) }),
  /** Merging a REFI-QDA .qdpx: its codes and selections that could not be taken over, and why. */
  notImported: z.array(z.string()).optional(),
});
export type MergeReport = z.infer<typeof MergeReport>;

/**
 * Export and merge run as jobs on a worker thread (the process serving the UI stays free):
 * start answers a job id, status tells how far it is, cancel stops it. A cancelled export
 * leaves no file (an existing one is untouched); a cancelled merge changes nothing.
 */
export const ExportPhase = z.enum(['reading', 'formatting', 'writing']);
export type ExportPhase = z.infer<typeof ExportPhase>;
export const ExportProgress = z.object({
  phase: ExportPhase,
  /** Quotes read so far (reading), or rows formatted (formatting, writing), of `total`. */
  done: z.number().int(),
  total: z.number().int(),
});
export type ExportProgress = z.infer<typeof ExportProgress>;

export const ExportResult = z.object({ path: FilePath, rows: z.number().int() });
export type ExportResult = z.infer<typeof ExportResult>;

export const ExportJob = z.object({
  id: z.string(),
  state: JobState,
  progress: ExportProgress,
  result: ExportResult.nullable(),
  ...JobFailure,
});
export type ExportJob = z.infer<typeof ExportJob>;

/** checking: the other file is probed (and a .qdpx unpacked); then the snapshot, then each kind in turn. */
export const MergePhase = z.enum(['checking', 'snapshot', 'articles', 'tags', 'quotes', 'notes', 'finishing']);
export type MergePhase = z.infer<typeof MergePhase>;
export const MergeProgress = z.object({
  phase: MergePhase,
  /** Items of this phase done, of `total`. */
  done: z.number().int(),
  total: z.number().int(),
  /** Articles and quotes merged so far (added or matched). */
  articles: z.number().int(),
  quotes: z.number().int(),
});
export type MergeProgress = z.infer<typeof MergeProgress>;

export const MergeJob = z.object({
  id: z.string(),
  state: JobState,
  progress: MergeProgress,
  report: MergeReport.nullable(),
  ...JobFailure,
});
export type MergeJob = z.infer<typeof MergeJob>;

const JobId = z.object({ jobId: z.string().max(64) });

export const exportMethods = {
  /** Start writing a quote sheet or exchange file; an existing destination is refused here, before the job. */
  'export.start': {
    request: z.object({
      format: ExportFormat,
      path: FilePath,
      filters: QuoteFilters.default({}),
      lang: SheetLanguage.default('ar'),
      header: HeaderStyle.default('labels'),
      /** Replace an existing file; without it an existing file is refused. */
      overwrite: z.boolean().default(false),
    }),
    response: z.object({ jobId: z.string() }),
  },
  'export.status': { request: JobId, response: ExportJob },
  /** Stop the export: no file is left (an existing destination stays as it was). */
  'export.cancel': { request: JobId, response: ExportJob },
  /** The rows 'export.start' would write with these filters (quotes; codes for .qdc), before writing. */
  'export.count': {
    request: z.object({ format: ExportFormat, filters: QuoteFilters.default({}) }),
    response: z.object({ rows: z.number().int() }),
  },
  /**
   * The printable quote sheet as a PDF (Electron's printToPDF). Only where Electron runs; web
   * mode answers 'unsupported' (export 'html' and print it from the browser instead).
   */
  'export.printPdf': {
    request: z.object({
      path: FilePath,
      filters: QuoteFilters.default({}),
      lang: SheetLanguage.default('ar'),
      overwrite: z.boolean().default(false),
    }),
    response: ExportResult,
  },
  'project.saveCopy': {
    request: z.object({ path: FilePath, overwrite: z.boolean().default(false) }),
    response: z.object({ path: FilePath }),
  },
  /** Another Daftar project (.sqlite), or a REFI-QDA project (.qdpx) from Daftar or a QDA tool. */
  'project.mergeStart': { request: z.object({ path: FilePath }), response: z.object({ jobId: z.string() }) },
  'project.mergeStatus': { request: JobId, response: MergeJob },
  /** Stop the merge: it is rolled back and the project is as it was. */
  'project.mergeCancel': { request: JobId, response: MergeJob },
  /**
   * Undo a merge: the snapshot it saved (MergeReport.snapshot) replaces the open project, which
   * is then open again as it was before the merge. Anything done since the merge is undone too.
   */
  'project.undoMerge': { request: z.object({ snapshot: FilePath }), response: ProjectInfo },
  /** An older project: write an upgraded copy beside it ("<name> (upgraded).sqlite") and open the copy. */
  'project.upgradeCopy': { request: z.object({ path: FilePath }), response: ProjectInfo },
  /** Native save/open pickers for export, copy and merge; web mode answers 'unsupported'. */
  'dialog.chooseSavePath': {
    request: z.object({
      purpose: z.enum(['export', 'copy']),
      /** An export format, or 'pdf' for Print to PDF. */
      format: z.union([ExportFormat, z.literal('pdf')]).optional(),
      suggestedName: z.string().max(255).optional(),
    }),
    response: z.object({ path: FilePath.nullable() }),
  },
  'dialog.chooseMergeSource': { request: z.object({}), response: z.object({ path: FilePath.nullable() }) },
} as const;

/** The methods of this domain: export, copy, merge, upgrade and their pickers. */
export type ExportMethod = keyof typeof exportMethods;
