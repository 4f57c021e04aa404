/**
 * The quote sheet as an Excel workbook: a right-to-left sheet with an Arabic font, the header
 * frozen, the quote column wide and wrapped, the themes both as one joined cell and as one ✓
 * column per top-level theme (for filtering), and the URL as a hyperlink.
 *
 * Every value is written as a plain string or number, never as a formula; text that a
 * spreadsheet could still take for one (after a copy-paste into another sheet) is neutralised
 * as in the CSV.
 */
import ExcelJS from 'exceljs';
import type { HeaderStyle, SheetLanguage } from '../../../shared/contract/exports';
import type { Tag } from '../../../shared/contract/annotations';
import { COLUMNS, headerLabels } from './columns';
import { neutralizeCell } from './neutralize';
import type { QuoteSheetRow } from './quote-rows';

export interface XlsxOptions {
  lang: SheetLanguage;
  header: HeaderStyle;
}

export const XLSX_FONT = 'Noto Naskh Arabic';
const CHECK = '✓';

/** Column widths in characters; the rest get DEFAULT_WIDTH. */
const WIDTHS: Record<string, number> = {
  quote_id: 38,
  quote: 70,
  speaker: 22,
  themes: 34,
  note: 40,
  article_title: 40,
  url: 30,
  context_before: 30,
  context_after: 30,
  start: 9,
  end: 9,
};
const DEFAULT_WIDTH = 18;
const WRAPPED = new Set(['quote', 'note', 'themes', 'article_title', 'context_before', 'context_after']);

/** Only web links become hyperlinks: a javascript: or file: URL from an article stays text. */
export function safeHyperlink(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function themeLabel(t: Tag, lang: SheetLanguage): string {
  return (lang === 'en' ? t.labelEn : t.labelAr) || t.name;
}

export async function quotesToXlsx(rows: QuoteSheetRow[], topThemes: Tag[], options: XlsxOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Daftar';
  wb.created = new Date();
  const sheet = wb.addWorksheet(options.lang === 'ar' ? 'الاقتباسات' : 'Quotes', {
    // Right to left whatever the header language: the quotes themselves are Arabic.
    views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }],
  });
  // Theme names are the analyst's (or a merged colleague's) text: neutralised like any cell.
  const themeHeaders = topThemes.map((t) => neutralizeCell(options.header === 'machine' ? `theme:${t.name}` : themeLabel(t, options.lang)));
  sheet.columns = [
    ...COLUMNS.map((c, i) => ({ header: headerLabels(options.lang, options.header)[i], key: c.machine, width: WIDTHS[c.machine] ?? DEFAULT_WIDTH })),
    ...topThemes.map((t, i) => ({ header: themeHeaders[i], key: `theme:${t.id}`, width: Math.max(8, Math.min(24, themeHeaders[i]!.length + 4)) })),
  ];
  const font = { name: XLSX_FONT, family: 2, size: 11 } as const;
  for (const row of rows) {
    const values: Record<string, string | number | null> = {};
    for (const c of COLUMNS) {
      const v = c.value(row);
      values[c.machine] = typeof v === 'string' ? neutralizeCell(v) : v;
    }
    for (const t of topThemes) values[`theme:${t.id}`] = row.topThemeIds.includes(t.id) ? CHECK : null;
    const added = sheet.addRow(values);
    const link = safeHyperlink(row.url);
    if (link) {
      const cell = added.getCell('url');
      cell.value = { text: neutralizeCell(row.url!), hyperlink: link };
      cell.font = { ...font, color: { argb: 'FF1F5FBF' }, underline: true };
    }
  }
  sheet.eachRow((row, n) => {
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const key = sheet.getColumn(col).key ?? '';
      if (!(key === 'url' && cell.hyperlink)) cell.font = n === 1 ? { ...font, bold: true } : font;
      cell.alignment = {
        vertical: 'top',
        wrapText: n === 1 || WRAPPED.has(key),
        horizontal: key.startsWith('theme:') ? 'center' : undefined,
        readingOrder: 'rtl',
      };
    });
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
