/**
 * `exportQuotes`: the one entry point behind `daftar export` and the 'export.quotes' method.
 * Reads only (a read-only handle is enough), builds the chosen format in memory, then writes
 * it atomically (write-file.ts): an existing file is refused unless `overwrite`.
 */
import path from 'node:path';
import { DaftarError } from '../../../shared/contract/errors';
import type { ExportFormat, ExportProgress, HeaderStyle, QuoteFilters, SheetLanguage } from '../../../shared/contract/exports';
import { listTags } from '../annotations/tags';
import type { AnyDb } from '../db/handles';
import { hasTable } from '../db/schema';
import { throwIfCancelled, type JobHooks } from '../jobs/cancel';
import { quotesToCsv } from './csv';
import { quotesToHtml } from './html';
import { buildAnnotationCollection } from './jsonld';
import { exportArticles } from './project-data';
import { buildQuoteSheet } from './quote-rows';
import { buildCodebook, buildQdpx } from './refi-qda';
import { checkDestination, writeFileAtomic } from './write-file';
import { quotesToXlsx } from './xlsx';

export interface ExportOptions {
  format: ExportFormat;
  path: string;
  filters?: QuoteFilters;
  lang?: SheetLanguage;
  header?: HeaderStyle;
  overwrite?: boolean;
  /** Names the project inside exchange files; default: the file name of `path`. */
  projectName?: string;
  /** Where the bytes go before the final rename (default: a fresh name beside the target). */
  temporaryPath?: string;
  /** An export job: progress by phase, and a stop between rows and before the file is written. */
  hooks?: JobHooks<ExportProgress>;
}

export interface ExportResult {
  path: string;
  /** Quotes written (for .qdc: codes written). */
  rows: number;
}

/**
 * How many rows an export with these filters would write (quotes; for .qdc the codes), so
 * the dialog can say it before writing. Builds the rows without formatting them.
 */
export function countExport(db: AnyDb, format: ExportFormat, filters: QuoteFilters = {}): number {
  if (!hasTable(db, 'highlights')) return 0;
  if (format === 'qdc') return listTags(db).length;
  return buildQuoteSheet(db, filters).rows.length;
}

export async function exportQuotes(db: AnyDb, options: ExportOptions): Promise<ExportResult> {
  const target = path.resolve(options.path);
  // Refuse early, before the work, when the file is there and may not be replaced.
  checkDestination(options.path, options.overwrite ?? false);
  if (!hasTable(db, 'highlights')) {
    throw DaftarError.because('invalid_input', 'export_needs_upgrade');
  }
  const lang = options.lang ?? 'ar';
  const header = options.header ?? 'labels';
  const filters = options.filters ?? {};
  const projectName = options.projectName ?? path.basename(target).replace(/\.[^.]+$/, '');
  const hooks = options.hooks ?? {};
  let data: Uint8Array | string;
  let rows: number;
  if (options.format === 'qdc') {
    const tags = listTags(db);
    data = buildCodebook(tags, { lang });
    rows = tags.length;
  } else {
    const sheet = buildQuoteSheet(db, filters, (done, total) => {
      // Every 100 rows: often enough for a smooth count, rarely enough to cost nothing.
      if (done % 100 === 0) {
        throwIfCancelled(hooks);
        hooks.onProgress?.({ phase: 'reading', done, total });
      }
    });
    rows = sheet.rows.length;
    throwIfCancelled(hooks);
    hooks.onProgress?.({ phase: 'formatting', done: 0, total: rows });
    const unfiltered = Object.values(filters).every((v) => v === undefined || v === '');
    switch (options.format) {
      case 'csv':
        data = quotesToCsv(sheet.rows, { lang, header });
        break;
      case 'xlsx':
        data = await quotesToXlsx(sheet.rows, sheet.topThemes, { lang, header });
        break;
      case 'qdpx':
        data = buildQdpx({ projectName, tags: listTags(db), articles: exportArticles(db, sheet.rows, unfiltered), rows: sheet.rows, lang });
        break;
      case 'html':
        data = quotesToHtml(sheet.rows, { lang, projectName });
        break;
      case 'jsonld':
        data = `${JSON.stringify(buildAnnotationCollection(projectName, sheet.rows, exportArticles(db, sheet.rows, false)), null, 2)}\n`;
        break;
    }
  }
  throwIfCancelled(hooks);
  hooks.onProgress?.({ phase: 'writing', done: rows, total: rows });
  writeFileAtomic(target, data, { overwrite: options.overwrite, temporaryPath: options.temporaryPath });
  return { path: target, rows };
}
