/**
 * A look into a collection before importing it, for the column-mapping dialog: the column
 * names, the first rows, and which column Daftar would take for which field (with the
 * analyst's mapping applied). Reads only the head of the file.
 */
import type { CollectionPreview, ColumnMapping, Encoding } from '../../../../shared/contract/imports';
import { ImportFileError } from '../read-text-file';
import { csvRecords, utf8Chunks } from './collection';
import { FIELDS, recogniseColumns, resolveColumns } from './columns';

const SAMPLE_ROWS = 4;
/** A sample value is for recognising a column, not reading it. */
const SAMPLE_CHARS = 160;
/** JSONL keys are gathered from this many lines (rows of one export share them). */
const JSONL_LINES = 20;

const clip = (v: unknown): string => {
  const text = typeof v === 'string' ? v : v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SAMPLE_CHARS ? `${flat.slice(0, SAMPLE_CHARS - 1)}…` : flat;
};

export async function previewCollection(
  file: string,
  options: { encoding: Encoding; columns?: ColumnMapping; shownAs?: string },
): Promise<CollectionPreview> {
  const shown = options.shownAs ?? file;
  const csv = /\.csv(\.gz)?$/i.test(file);
  const { columns, rows } = csv ? await csvHead(file, options.encoding) : await jsonlHead(file, options.encoding);
  let problem: string | null = null;
  const detected: Record<string, string> = {};
  try {
    const map = recogniseColumns(columns, options.columns, csv ? 'column' : 'key');
    for (const field of FIELDS) if (map[field] !== undefined) detected[field] = columns[map[field]!];
    resolveColumns(columns, options.columns, csv ? 'column' : 'key');
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    problem = error.message;
  }
  return { file: shown, format: csv ? 'csv' : 'jsonl', columns, rows, detected, problem };
}

async function csvHead(file: string, encoding: Encoding): Promise<{ columns: string[]; rows: string[][] }> {
  const { records, close } = csvRecords(file, encoding);
  let columns: string[] | null = null;
  const rows: string[][] = [];
  try {
    for await (const record of records) {
      if (!columns) columns = record.map((c) => c.replace(/^\uFEFF/, ''));
      else rows.push(columns.map((_, i) => clip(record[i])));
      if (rows.length >= SAMPLE_ROWS) break;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const e = error as Error & { code?: string };
    if (e.code?.startsWith('CSV_')) throw ImportFileError.because('csv_broken_start', { detail: e.message });
    throw error;
  } finally {
    close();
  }
  if (!columns) throw ImportFileError.because('file_empty');
  return { columns, rows };
}

async function jsonlHead(file: string, encoding: Encoding): Promise<{ columns: string[]; rows: string[][] }> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  const lines: string[] = [];
  for await (const chunk of utf8Chunks(file, encoding)) {
    text += decoder.decode(chunk, { stream: true });
    const parts = text.split('\n');
    text = parts.pop() ?? '';
    lines.push(...parts.filter((l) => l.trim()));
    if (lines.length >= JSONL_LINES) break;
  }
  if (lines.length < JSONL_LINES && text.trim()) lines.push(text);
  const objects: Record<string, unknown>[] = [];
  for (const line of lines.slice(0, JSONL_LINES)) {
    try {
      const value: unknown = JSON.parse(line);
      if (value && typeof value === 'object' && !Array.isArray(value)) objects.push(value as Record<string, unknown>);
    } catch {
      // A bad line is reported by the import itself; the preview shows the good ones.
    }
  }
  if (!objects.length) throw ImportFileError.because(lines.length ? 'jsonl_first_lines_not_objects' : 'file_empty');
  const columns: string[] = [];
  for (const o of objects) for (const k of Object.keys(o)) if (!columns.includes(k)) columns.push(k);
  const rows = objects.slice(0, SAMPLE_ROWS).map((o) => columns.map((c) => clip(o[c])));
  return { columns, rows };
}
