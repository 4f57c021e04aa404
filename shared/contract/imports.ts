import { z } from 'zod';
import { ERROR_CODES } from './errors';
import { FilePath } from './project';
import { contractMessage, ReasonKeySchema, ReasonParamsSchema } from './reasons';

export const Encoding = z.enum(['auto', 'utf-8', 'windows-1256', 'iso-8859-6', 'utf-16le', 'utf-16be']);
export type Encoding = z.infer<typeof Encoding>;

/** The report of an import, as the CLI prints it with --json (DESIGN.md's contract). */
export const ImportReport = z.object({
  imported: z.array(z.object({ id: z.string(), file: z.string(), title: z.string() })),
  duplicates: z.array(z.object({ file: z.string(), duplicateOf: z.string() })),
  /** `error` is the English reason (the CLI prints it); `reason`/`params` let the UI translate it. */
  failed: z.array(z.object({ file: z.string(), error: z.string(), reason: ReasonKeySchema.optional(), params: ReasonParamsSchema.optional() })),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** The article fields a collection's columns can fill. */
export const COLLECTION_FIELDS = ['title', 'body', 'date', 'source', 'url', 'author', 'abstract'] as const;
export const CollectionField = z.enum(COLLECTION_FIELDS);
export type CollectionField = z.infer<typeof CollectionField>;

const ColumnName = z.string().min(1).max(500);

/**
 * Which column (.csv header, .jsonl key) fills which field, over the names Daftar recognises
 * by itself: a name wins over recognition; null means "fill this field from no column" (the
 * mapping dialog's "ignore", the CLI's `--column date=`); a field left out is recognised as
 * usual. The dialog sends every field, so what it shows is exactly what is imported.
 */
export const ColumnMapping = z
  .object(Object.fromEntries(COLLECTION_FIELDS.map((f) => [f, ColumnName.nullable().optional()])) as Record<CollectionField, z.ZodOptional<z.ZodNullable<typeof ColumnName>>>)
  .strict();
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const CollectionPreview = z.object({
  /** The file as the analyst knows it (a path, or an uploaded file's name). */
  file: z.string(),
  format: z.enum(['csv', 'jsonl']),
  /** Column names in file order (a .jsonl's keys, from its first rows). */
  columns: z.array(z.string()),
  /** The first rows, one value per column (clipped; '' where a row has none). */
  rows: z.array(z.array(z.string())),
  /** What Daftar recognises by itself (with the request's mapping applied): field → column. */
  detected: z.record(z.string(), z.string()),
  /** Why the file cannot be imported as it is (e.g. no column holds the text), or null. */
  problem: z.string().nullable(),
});
export type CollectionPreview = z.infer<typeof CollectionPreview>;

/** The file being read is a collection: how far into it (rows, and bytes of the file on disk). */
export const CollectionProgress = z.object({
  file: z.string(),
  rows: z.number().int(),
  bytesDone: z.number(),
  bytesTotal: z.number(),
  /** Rows per second in this file. */
  rate: z.number(),
});
export type CollectionProgress = z.infer<typeof CollectionProgress>;

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
  /** Set while a .csv/.jsonl is read: a 31,000-row file is one file, so count its rows. */
  collection: CollectionProgress.nullable().optional(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const JobState = z.enum(['running', 'done', 'cancelled', 'failed']);

/** A failed job (import, export, merge): the English message, and its code and reason for the UI to translate. */
export const JobFailure = {
  error: z.string().nullable(),
  code: z.enum(ERROR_CODES).optional(),
  reason: ReasonKeySchema.optional(),
  params: ReasonParamsSchema.optional(),
};

export const ImportJob = z.object({
  id: z.string(),
  state: JobState,
  progress: ImportProgress,
  /** When done; when cancelled, what was imported before it stopped (those articles stay). */
  report: ImportReport.nullable(),
  /** Why the whole job failed (not a single file: those are in report.failed). */
  ...JobFailure,
});
export type ImportJob = z.infer<typeof ImportJob>;

/** Files dropped in web mode are sent in pieces of at most this many bytes (base64 in JSON). */
export const UPLOAD_CHUNK_BYTES = 512 * 1024;
/** The largest file a browser may send (web mode); larger ones are imported by path. */
export const UPLOAD_MAX_FILE_BYTES = 50 * 1024 * 1024;
export const UPLOAD_MAX_FILES = 10_000;

/**
 * A dropped file's name as the analyst sees it: its name, or its path inside a dropped folder
 * ("folder/sub/a.txt"). Relative, forward slashes, no "..", no empty parts.
 */
export const UploadName = z
  .string()
  .min(1)
  .max(1024)
  .refine((n) => !n.startsWith('/') && !n.includes('\\') && !n.includes('\0') && n.split('/').every((p) => p !== '' && p !== '.' && p !== '..'), {
    message: contractMessage('request_upload_name'),
  });

const UploadId = z.string().uuid();

/**
 * A pasted article: the text, and the metadata the analyst confirmed or typed. A field left
 * out is found in the text as for any import (title, date, dateline place and agency); ''
 * means "none".
 */
export const PastedArticle = z.object({
  text: z.string().min(1).max(UPLOAD_MAX_FILE_BYTES),
  title: z.string().max(1000).optional(),
  source: z.string().max(500).optional(),
  /** Any form shared/text/dates reads (4 نوفمبر 2024, 2024-11-04, ...). */
  published: z.string().max(200).optional(),
  place: z.string().max(500).optional(),
  url: z.string().max(4096).optional(),
  author: z.string().max(500).optional(),
});

export const importMethods = {
  'import.start': {
    request: z.object({
      paths: z.array(FilePath).min(1).max(10_000),
      encoding: Encoding.default('auto'),
      columns: ColumnMapping.optional(),
    }),
    response: z.object({ jobId: z.string() }),
  },
  /** A collection's columns, first rows and the mapping Daftar would use (for the mapping dialog). */
  'import.previewCollection': {
    request: z.union([
      z.object({ path: FilePath, encoding: Encoding.default('auto'), columns: ColumnMapping.optional() }),
      z.object({ uploadId: UploadId, name: UploadName, encoding: Encoding.default('auto'), columns: ColumnMapping.optional() }),
    ]),
    response: CollectionPreview,
  },
  /** Web mode: a private folder on the server to receive dropped files. */
  'import.uploadOpen': { request: z.object({}), response: z.object({ uploadId: z.string() }) },
  /** Append the next piece of one file (pieces in order: `offset` is the bytes already sent). */
  'import.uploadChunk': {
    request: z.object({
      uploadId: UploadId,
      name: UploadName,
      offset: z.number().int().min(0).max(UPLOAD_MAX_FILE_BYTES),
      /** base64 of at most UPLOAD_CHUNK_BYTES bytes. */
      data: z.string().max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4),
    }),
    response: z.object({ size: z.number().int() }),
  },
  /** Import everything received, reported under the names it was sent with; the folder is removed after. */
  'import.uploadStart': {
    request: z.object({ uploadId: UploadId, encoding: Encoding.default('auto'), columns: ColumnMapping.optional() }),
    response: z.object({ jobId: z.string() }),
  },
  'import.uploadDiscard': { request: z.object({ uploadId: UploadId }), response: z.object({ discarded: z.boolean() }) },
  /** What the import would take from pasted text by itself: title, date, dateline place, agency. */
  'import.pastePreview': {
    request: z.object({ text: z.string().min(1).max(UPLOAD_MAX_FILE_BYTES) }),
    response: z.object({ title: z.string(), published: z.string().nullable(), place: z.string().nullable(), source: z.string().nullable() }),
  },
  /** Import pasted text as one article (a batch of its own, origin 'paste'). */
  'import.paste': {
    request: PastedArticle,
    response: z.object({
      /** The new article, or null when the text is already in the project (then duplicateOf). */
      id: z.string().nullable(),
      duplicateOf: z.string().nullable(),
      title: z.string(),
    }),
  },
  'import.status': { request: z.object({ jobId: z.string().max(64) }), response: ImportJob },
  'import.cancel': { request: z.object({ jobId: z.string().max(64) }), response: ImportJob },
} as const;
