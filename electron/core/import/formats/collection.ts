/**
 * Collections: .csv and .jsonl (each optionally .gz), one article per row, read as a stream
 * so a 100 MB export never sits in memory at once. Rows come out one by one; a bad row is a
 * row failure (the rest goes on), a broken file stops that file only.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import zlib from 'node:zlib';
import { parse } from 'csv-parse';
import type { Encoding } from '../../../../shared/contract/imports';
import { englishOf, reasoned, type Reasoned } from '../../../../shared/contract/reasons';
import { detectLegacyArabic, ImportFileError, MAX_ARTICLE_BYTES } from '../read-text-file';
import { Utf8Checker } from './utf8-check';
import { FIELDS, resolveColumns, type ColumnMap, type ColumnOverrides, type Field } from './columns';

export type CollectionRow =
  | { row: number; fields: Partial<Record<Field, string>> }
  | { row: number; error: string; why?: Reasoned };

export interface CollectionOptions {
  encoding: Encoding;
  columns?: ColumnOverrides;
  /** Bytes of the file on disk read so far (compressed bytes for .gz): a progress measure known before the rows are. */
  onBytes?: (bytesRead: number) => void;
}

export function isCollection(file: string): boolean {
  return /\.(csv|jsonl|ndjson)(\.gz)?$/i.test(file);
}

/** The rows of a .csv/.jsonl(.gz) file. Row numbers: see rowLabel. */
export function readCollection(file: string, options: CollectionOptions): AsyncGenerator<CollectionRow> {
  return /\.csv(\.gz)?$/i.test(file) ? readCsv(file, options) : readJsonl(file, options);
}

/** How a row is named in the report: a spreadsheet's row (the header is row 1), a JSONL line. */
export function rowLabel(file: string, row: number): string {
  return /\.csv(\.gz)?$/i.test(file) ? `${file} row ${row}` : `${file} line ${row}`;
}

/**
 * The file's bytes, gunzipped when it ends in .gz, as UTF-8: checked (strictly) when the file
 * is UTF-8, converted when it is in another encoding. Bytes, not strings, because csv-parse
 * reads bytes several times faster than strings (it would re-encode every string).
 */
export async function* utf8Chunks(file: string, encoding: Encoding, onBytes?: (bytesRead: number) => void): AsyncGenerator<Buffer> {
  const raw = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  const bytes: AsyncIterable<Buffer> = file.toLowerCase().endsWith('.gz') ? raw.pipe(zlib.createGunzip({ chunkSize: 1 << 20 })) : raw;
  let decoder: TextDecoder | null = null;
  // UTF-8 is checked, not decoded: the bytes go on as they are.
  let checker: Utf8Checker | null = null;
  try {
    for await (const chunk of bytes) {
      onBytes?.(raw.bytesRead);
      if (chunk.length === 0) continue;
      if (!decoder) {
        decoder = chooseDecoder(chunk, encoding);
        if (decoder.encoding === 'utf-8') checker = new Utf8Checker();
      }
      if (checker) {
        if (!checker.push(chunk)) throw ImportFileError.because('file_not_utf8_later');
        yield chunk; // (a BOM is dropped by csv-parse and by the JSONL decoder)
        continue;
      }
      yield Buffer.from(decoder.decode(chunk, { stream: true }));
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') throw ImportFileError.because('gz_damaged', { detail: (error as Error).message });
    throw error;
  } finally {
    raw.destroy();
  }
  if (!decoder) throw ImportFileError.because('file_empty');
  if (checker && !checker.end()) throw ImportFileError.because('file_not_utf8_later');
  if (!checker) {
    const rest = decoder.decode();
    if (rest) yield Buffer.from(rest);
  }
}


/** The decoder for the whole file, chosen from its first chunk (as for text files). */
function chooseDecoder(head: Buffer, encoding: Encoding): TextDecoder {
  if (encoding === 'utf-8') return new TextDecoder('utf-8', { fatal: true });
  if (encoding !== 'auto') return new TextDecoder(encoding);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return new TextDecoder('utf-8', { fatal: true });
  } catch {
    const legacy = detectLegacyArabic(head);
    if (legacy) return new TextDecoder(legacy);
    throw ImportFileError.because('collection_no_encoding');
  }
}

function pick(values: readonly unknown[], map: ColumnMap<number>): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const i = map[field];
    if (i === undefined) continue;
    const v = values[i];
    if (typeof v === 'string') out[field] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[field] = String(v);
  }
  return out;
}

/** The same parser settings for reading and for previewing a CSV. */
export function csvRecords(file: string, encoding: Encoding, onBytes?: (bytesRead: number) => void): { records: AsyncIterable<string[]>; close: () => void } {
  const parser = csvParser();
  const source = Readable.from(utf8Chunks(file, encoding, onBytes));
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  return {
    records: parser as AsyncIterable<string[]>,
    close: () => {
      source.destroy();
      parser.destroy();
    },
  };
}

function csvParser() {
  return parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_ARTICLE_BYTES,
  });
}

async function* readCsv(file: string, options: CollectionOptions): AsyncGenerator<CollectionRow> {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_ARTICLE_BYTES,
  });
  const source = Readable.from(utf8Chunks(file, options.encoding, options.onBytes));
  // pipe() does not pass errors on: a damaged .gz would leave the parser waiting forever.
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let map: ColumnMap<number> | null = null;
  let row = 1;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!map) {
        map = resolveColumns(record, options.columns);
        continue;
      }
      row++;
      yield { row, fields: pick(record, map) };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const e = error as Error & { code?: string; lines?: number };
    if (e.code?.startsWith('CSV_')) {
      throw e.lines
        ? ImportFileError.because('csv_broken_after_row_line', { row, line: e.lines, detail: e.message })
        : ImportFileError.because('csv_broken_after_row', { row, detail: e.message });
    }
    throw error;
  } finally {
    source.destroy();
    parser.destroy();
  }
  if (!map) throw ImportFileError.because('file_empty');
}

async function* readJsonl(file: string, options: CollectionOptions): AsyncGenerator<CollectionRow> {
  let buffered = '';
  let line = 0;
  const maps = new Map<string, ColumnMap<number>>();
  const rowOf = (text: string): CollectionRow | null => {
    line++;
    const trimmed = text.trim();
    if (!trimmed) return null;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      return rowError(line, reasoned('jsonl_line_not_json', { detail: (error as Error).message }));
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) return rowError(line, reasoned('jsonl_line_not_object'));
    const keys = Object.keys(value);
    // Rows of one export share their keys: resolve the mapping once per key set.
    const signature = keys.join('\u0000');
    let map = maps.get(signature);
    if (!map) {
      try {
        map = resolveColumns(keys, options.columns, 'key');
      } catch (error) {
        return { row: line, error: (error as Error).message, ...(error instanceof ImportFileError && error.why ? { why: error.why } : {}) };
      }
      maps.set(signature, map);
    }
    return { row: line, fields: pick(Object.values(value), map) };
  };
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  for await (const chunk of utf8Chunks(file, options.encoding, options.onBytes)) {
    buffered += decoder.decode(chunk, { stream: true });
    let nl: number;
    let start = 0;
    while ((nl = buffered.indexOf('\n', start)) >= 0) {
      const r = rowOf(buffered.slice(start, nl));
      if (r) yield r;
      start = nl + 1;
    }
    buffered = buffered.slice(start);
    if (buffered.length > MAX_ARTICLE_BYTES) throw ImportFileError.because('jsonl_line_too_long', { line: line + 1, max: MAX_ARTICLE_BYTES / 1024 / 1024 });
  }
  buffered += decoder.decode();
  const last = rowOf(buffered);
  if (last) yield last;
}

/** A row that fails on its own (the file goes on): its English reason and the catalogued one. */
function rowError(row: number, why: Reasoned): CollectionRow {
  return { row, error: englishOf(why), why };
}
