/**
 * Quote rows (filters, columns, theme paths) and the CSV written from them, read back with
 * csv-parse as a spreadsheet would read it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { tempDir, tempProject } from '../../../tests/unit/temp-project';
import { COLUMNS } from './columns';
import { exportQuotes } from './export-quotes';
import { fillNotebook, HOSTILE_QUOTES } from './notebook-fixture';
import { buildQuoteSheet } from './quote-rows';

describe('quote rows', () => {
  it('carries speaker details, full theme paths and article metadata', () => {
    const { db } = tempProject();
    const nb = fillNotebook(db);
    const { rows, topThemes } = buildQuoteSheet(db);
    expect(rows).toHaveLength(8);
    const first = rows.find((r) => r.quoteId === nb.quotes.doesNotKnowBorders)!;
    expect(first).toMatchObject({
      quote: '«الإرهاب لا يعرف حدوداً، ولا دين له»',
      speaker: 'أنطونيو غوتيريش',
      speakerRole: 'الأمين العام',
      organisation: 'الأمم المتحدة',
      themes: ['الأمن › الإرهاب'],
      source: 'وكالة الأنباء',
      published: '2026-03-10',
      file: 'council.txt',
      analyst: 'سلمى',
    });
    expect(first.contextBefore.endsWith('غوتيريش إن ')).toBe(true);
    const financing = rows.find((r) => r.quoteId === nb.quotes.financing)!;
    expect(financing.themes).toEqual(['الأمن › الإرهاب › تمويل الإرهاب', 'الحدود']);
    expect(financing.topThemeIds.sort()).toEqual([nb.themes.security, nb.themes.borders].sort());
    expect(topThemes.map((t) => t.name).sort()).toEqual(['الأمن', 'الحدود'].sort());
  });

  it('filters by speaker alias, theme with descendants, article, source and dates', () => {
    const { db } = tempProject();
    const nb = fillNotebook(db);
    const ids = (f: Parameters<typeof buildQuoteSheet>[1]) => buildQuoteSheet(db, f).rows.map((r) => r.quoteId).sort();
    expect(ids({ speaker: 'Antonio Guterres' })).toEqual([nb.quotes.doesNotKnowBorders, nb.quotes.financing].sort());
    expect(ids({ theme: 'الامن' })).toEqual([nb.quotes.doesNotKnowBorders, nb.quotes.financing].sort());
    expect(ids({ theme: 'الحدود' })).toEqual([nb.quotes.financing, nb.quotes.bordersSafe].sort());
    expect(ids({ articleId: nb.minister })).toEqual([nb.quotes.bordersSafe]);
    expect(ids({ source: 'صحيفة الشرق' })).toEqual([nb.quotes.bordersSafe]);
    expect(ids({ from: '2026-01-01' })).toHaveLength(7);
    expect(ids({ to: '2025-12-31' })).toEqual([nb.quotes.bordersSafe]);
    expect(ids({ from: '2025-12-01', to: '2025-12-01' })).toEqual([nb.quotes.bordersSafe]);
    expect(() => buildQuoteSheet(db, { speaker: 'لا أحد' })).toThrow(/No speaker named "لا أحد"/);
  });
});

describe('CSV', () => {
  async function csv(options: { lang?: 'ar' | 'en'; header?: 'labels' | 'machine' } = {}) {
    const { db } = tempProject();
    const nb = fillNotebook(db);
    const out = path.join(tempDir(), 'quotes.csv');
    const result = await exportQuotes(db, { format: 'csv', path: out, ...options });
    return { nb, result, bytes: fs.readFileSync(out) };
  }

  it('is UTF-8 with a BOM and CRLF, RFC 4180 quoted, and reads back cell for cell', async () => {
    const { nb, result, bytes } = await csv({ header: 'machine' });
    expect(result.rows).toBe(8);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(COLUMNS.map((c) => c.machine).join(','));
    expect(text.endsWith('\r\n')).toBe(true);
    // The only bare LFs are inside quoted cells (the multi-line note).
    const records = parse(text, { bom: false, relax_column_count: false }) as string[][];
    expect(records).toHaveLength(9);
    const header = records[0]!;
    const row = (id: string) => Object.fromEntries(header.map((h, i) => [h, records.find((r) => r[0] === id)![i]]));
    const first = row(nb.quotes.doesNotKnowBorders);
    expect(first.quote).toBe('«الإرهاب لا يعرف حدوداً، ولا دين له»');
    expect(first.note).toBe('اقتباس محوري، قارن مع بيان 2025\nسطر ثانٍ فيه "علامات تنصيص"');
    expect(first.themes).toBe('الأمن › الإرهاب');
    expect(first.url).toBe('https://example.org/news/council?id=1&lang=ar');
    expect(row(nb.quotes.financing).themes).toBe('الأمن › الإرهاب › تمويل الإرهاب | الحدود');
    // Offsets are written as bare numbers, never quoted or prefixed.
    expect(text).toMatch(new RegExp(`,${first.start},${first.end},`));
    expect(Number(first.end) - Number(first.start)).toBe([...first.quote!].length);
  });

  it('neutralises every cell a spreadsheet would run as a formula, with and without bidi marks', async () => {
    const { nb, bytes } = await csv({ header: 'machine' });
    const records = parse(bytes.toString('utf8').slice(1)) as string[][];
    const quoteCol = records[0]!.indexOf('quote');
    const noteCol = records[0]!.indexOf('note');
    const hostile = nb.quotes.hostile.map((id) => records.find((r) => r[0] === id)!);
    expect(hostile.map((r) => r[quoteCol])).toEqual(HOSTILE_QUOTES.map((q) => `'${q}`));
    expect(hostile[0]![noteCol]).toBe("'@SUM(1+1)");
    for (const r of records.slice(1)) {
      for (const cell of r) expect(cell).not.toMatch(/^[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u200C\u200D\s]*[=+\-@\t\r]/u);
    }
  });

  it('labels the header in Arabic or English', async () => {
    const ar = (await csv({ lang: 'ar' })).bytes.toString('utf8');
    expect(ar.slice(1).split('\r\n')[0]).toBe(COLUMNS.map((c) => c.ar).join(','));
    const en = (await csv({ lang: 'en' })).bytes.toString('utf8');
    expect(en.slice(1).split('\r\n')[0]!.startsWith('Quote ID,Quote,Speaker,Speaker role,Organisation,Themes')).toBe(true);
  });

  it('refuses to overwrite unless asked, and leaves no temporary file', async () => {
    const { db } = tempProject();
    fillNotebook(db);
    const dir = tempDir();
    const out = path.join(dir, 'quotes.csv');
    fs.writeFileSync(out, 'قديم');
    await expect(exportQuotes(db, { format: 'csv', path: out })).rejects.toThrow(/already exists; Daftar will not overwrite it/);
    expect(fs.readFileSync(out, 'utf8')).toBe('قديم');
    await exportQuotes(db, { format: 'csv', path: out, overwrite: true });
    expect(fs.readFileSync(out).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(fs.readdirSync(dir)).toEqual(['quotes.csv']);
    await expect(exportQuotes(db, { format: 'csv', path: dir, overwrite: true })).rejects.toThrow(/is a folder/);
    await expect(exportQuotes(db, { format: 'csv', path: path.join(dir, 'missing', 'q.csv') })).rejects.toThrow(/does not exist/);
  });
});
