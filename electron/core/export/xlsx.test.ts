/** The XLSX quote sheet, read back with exceljs. */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempDir, tempProject } from '../../../tests/unit/temp-project';
import { createTag } from '../annotations/tags';
import { exportQuotes } from './export-quotes';
import { fillNotebook, HOSTILE_QUOTES } from './notebook-fixture';
import { XLSX_FONT, safeHyperlink } from './xlsx';

async function workbook(lang: 'ar' | 'en' = 'ar') {
  const { db } = tempProject();
  const nb = fillNotebook(db);
  const out = path.join(tempDir(), 'quotes.xlsx');
  const result = await exportQuotes(db, { format: 'xlsx', path: out, lang });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return { nb, result, sheet: wb.worksheets[0]! };
}

function rowsByQuoteId(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.Row> {
  const map = new Map<string, ExcelJS.Row>();
  sheet.eachRow((row, n) => {
    if (n > 1) map.set(String(row.getCell(1).value), row);
  });
  return map;
}

describe('XLSX', () => {
  it('is a right-to-left sheet with a frozen header, an Arabic font and a wrapped, wide quote column', async () => {
    const { sheet, result } = await workbook();
    expect(result.rows).toBe(8);
    expect(sheet.name).toBe('الاقتباسات');
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(2).value).toBe('الاقتباس');
    expect(sheet.getRow(2).getCell(2).font?.name).toBe(XLSX_FONT);
    expect(sheet.getRow(2).getCell(2).alignment?.wrapText).toBe(true);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(60);
    expect(sheet.rowCount).toBe(9);
  });

  it('has themes as a joined cell and one ✓ column per top-level theme', async () => {
    const { sheet, nb } = await workbook('en');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-2).sort()).toEqual(['Borders', 'Security']);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = rowsByQuoteId(sheet);
    const financing = rows.get(nb.quotes.financing)!;
    expect(financing.getCell(col('Themes')).value).toBe('الأمن › الإرهاب › تمويل الإرهاب | الحدود');
    expect(financing.getCell(col('Security')).value).toBe('✓');
    expect(financing.getCell(col('Borders')).value).toBe('✓');
    const borders = rows.get(nb.quotes.bordersSafe)!;
    expect(borders.getCell(col('Security')).value).toBeNull();
    expect(borders.getCell(col('Borders')).value).toBe('✓');
  });

  it('links only web URLs, writes offsets as numbers and never a formula', async () => {
    const { sheet, nb } = await workbook('en');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = rowsByQuoteId(sheet);
    const council = rows.get(nb.quotes.doesNotKnowBorders)!.getCell(col('URL'));
    expect(council.hyperlink).toBe('https://example.org/news/council?id=1&lang=ar');
    const minister = rows.get(nb.quotes.bordersSafe)!.getCell(col('URL'));
    expect(minister.hyperlink).toBeUndefined();
    expect(minister.value).toBe('javascript:alert(1)');
    expect(typeof rows.get(nb.quotes.bordersSafe)!.getCell(col('Start')).value).toBe('number');
    expect(nb.quotes.hostile.map((id) => rows.get(id)!.getCell(col('Quote')).value)).toEqual(HOSTILE_QUOTES.map((q) => `'${q}`));
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('neutralises a theme name used as a column header', async () => {
    const { db } = tempProject();
    fillNotebook(db);
    createTag(db, { kind: 'theme', name: '=HYPERLINK("http://evil.example")' }, 'x');
    const out = path.join(tempDir(), 'quotes.xlsx');
    await exportQuotes(db, { format: 'xlsx', path: out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const header = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('\'=HYPERLINK("http://evil.example")');
  });

  it('accepts only http and https as hyperlinks', () => {
    expect(safeHyperlink('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHyperlink('http://a.example')).toBe('http://a.example/');
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://a', 'not a url', '', null]) expect(safeHyperlink(bad)).toBeNull();
  });
});
