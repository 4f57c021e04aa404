/**
 * The quote sheet as CSV that Excel and LibreOffice open correctly with Arabic: UTF-8 with a
 * BOM (without it Excel guesses a legacy code page), CRLF, RFC 4180 quoting by csv-stringify.
 */
import { stringify } from 'csv-stringify/sync';
import type { HeaderStyle, SheetLanguage } from '../../../shared/contract/exports';
import { COLUMNS, headerLabels } from './columns';
import { neutralizeCell } from './neutralize';
import type { QuoteSheetRow } from './quote-rows';

export interface CsvOptions {
  lang: SheetLanguage;
  header: HeaderStyle;
}

export function quotesToCsv(rows: QuoteSheetRow[], options: CsvOptions): Buffer {
  const records = rows.map((row) =>
    COLUMNS.map((c) => {
      const v = c.value(row);
      return typeof v === 'number' ? v : v === null ? '' : neutralizeCell(v);
    }),
  );
  const text = stringify([headerLabels(options.lang, options.header), ...records], {
    bom: true,
    record_delimiter: 'windows',
    // csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone LF or
    // CR; quotes keep multi-line notes in one cell in every reader.
    quoted_match: /[\r\n]/,
  });
  return Buffer.from(text, 'utf8');
}
