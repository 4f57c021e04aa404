import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/fixtures/make-fixtures';
import { importFixture } from '../../../../tests/fixtures/import/make-import-fixtures';
import { readCollection, type CollectionOptions, type CollectionRow } from './collection';
import { Utf8Checker } from './utf8-check';

async function rows(file: string, options: Partial<CollectionOptions> = {}): Promise<CollectionRow[]> {
  const out: CollectionRow[] = [];
  for await (const r of readCollection(file, { encoding: 'auto', ...options })) out.push(r);
  return out;
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

describe('readCollection: CSV', () => {
  it('recognises Arabic column names and numbers rows as a spreadsheet does', async () => {
    expect(await rows(importFixture('arabic-columns.csv'))).toEqual([
      {
        row: 2,
        fields: {
          title: 'قمة عربية في الجزائر',
          body: 'انطلقت في الجزائر أعمال القمة العربية بحضور عدد كبير من القادة.\nوناقش القادة ملفات الأمن الإقليمي.',
          date: '١ نوفمبر ٢٠٢٢',
          source: 'وكالة الأنباء',
          url: 'https://news.example/1',
          author: 'كريم علي',
        },
      },
      { row: 3, fields: { title: 'بلا نص', body: '', date: '2022-11-02', source: 'وكالة الأنباء', url: '', author: '' } },
      {
        row: 4,
        fields: { title: 'اجتماع وزاري', body: 'عقد وزراء الخارجية اجتماعاً تحضيرياً لبحث جدول الأعمال.', date: '31/10/2022', source: 'صحيفة المساء', url: 'https://news.example/2', author: '' },
      },
    ]);
  });

  it('keeps ANT-style abstract apart from the body, and lets --column override the names', async () => {
    const csv = write('ant.csv', '\uFEFFid,source,category,date,url,title,abstract,body\n7,bbc,culture,2019-05-01,http://x.example,عنوان,ملخص الخبر,نص الخبر كاملاً\n');
    const [r] = await rows(csv);
    expect(r).toEqual({ row: 2, fields: { title: 'عنوان', body: 'نص الخبر كاملاً', date: '2019-05-01', source: 'bbc', url: 'http://x.example', abstract: 'ملخص الخبر' } });
    const [o] = await rows(csv, { columns: { body: 'abstract', source: 'category' } });
    expect(o).toMatchObject({ fields: { body: 'ملخص الخبر', source: 'culture' } });
    expect('abstract' in (o as { fields: object }).fields).toBe(false);
  });

  it('fails the file, naming what it found, when no column holds the text or an override names none', async () => {
    const csv = write('nobody.csv', 'headline,when\nعنوان,2020-01-01\n');
    await expect(rows(csv)).rejects.toThrow(/no column holds the article text: .* \(found: "headline", "when"\); name it with --column body=NAME/);
    await expect(rows(csv, { columns: { body: 'نص' } })).rejects.toThrow('there is no column "نص" for body (found: "headline", "when")');
    expect(await rows(csv, { columns: { body: 'headline', date: 'when' } })).toEqual([{ row: 2, fields: { body: 'عنوان', date: '2020-01-01' } }]);
  });

  it('reports a broken quote after the rows before it', async () => {
    const csv = write('broken.csv', 'title,body\nأول,نص أول\nثان,"نص لا ينتهي\nثالث,نص ثالث\n');
    const seen: CollectionRow[] = [];
    await expect(
      (async () => {
        for await (const r of readCollection(csv, { encoding: 'auto' })) seen.push(r);
      })(),
    ).rejects.toThrow(/^the CSV is broken after row 2.*Quote Not Closed.*; the rows before it were read$/);
    expect(seen).toEqual([{ row: 2, fields: { title: 'أول', body: 'نص أول' } }]);
  });

  it('reads .csv.gz as a stream, and Windows-1256 collections', async () => {
    const csv = 'العنوان,النص\n' + Array.from({ length: 3000 }, (_, i) => `خبر ${i},"نص الخبر رقم ${i}، وفيه فاصلة"`).join('\n') + '\n';
    const gz = write('big.csv.gz', zlib.gzipSync(csv));
    const got = await rows(gz);
    expect(got).toHaveLength(3000);
    expect(got[2999]).toEqual({ row: 3001, fields: { title: 'خبر 2999', body: 'نص الخبر رقم 2999، وفيه فاصلة' } });
    const cp1256 = Buffer.from([0xc7, 0xe1, 0xda, 0xe4, 0xe6, 0xc7, 0xe4, 0x2c, 0xc7, 0xe1, 0xe4, 0xd5, 0x0a, 0xce, 0xc8, 0xd1, 0x2c, 0xe4, 0xd5, 0x20, 0xde, 0xd5, 0xed, 0xd1, 0x0a]);
    expect(await rows(write('old.csv', cp1256))).toEqual([{ row: 2, fields: { title: 'خبر', body: 'نص قصير' } }]);
  });

  it('fails a damaged .gz and a file that turns out not to be UTF-8 part-way', async () => {
    const gz = zlib.gzipSync('title,body\nعنوان,نص\n');
    await expect(rows(write('bad.csv.gz', gz.subarray(0, gz.length - 12)))).rejects.toThrow('the .gz file is damaged (unexpected end of file)');
    const mixed = Buffer.concat([Buffer.from('title,body\n' + 'عنوان,نص صحيح\n'.repeat(10)), Buffer.from([0xc7, 0xe1, 0x2c, 0xe4, 0x0a])]);
    await expect(rows(write('mixed.csv', mixed), { encoding: 'utf-8' })).rejects.toThrow(/not valid UTF-8/);
  });
});

describe('readCollection: JSONL', () => {
  it('maps keys like columns and reports bad lines by number without stopping', async () => {
    expect(await rows(importFixture('articles.jsonl'))).toEqual([
      {
        row: 1,
        fields: {
          title: 'مباحثات مصرية سودانية حول مياه النيل',
          body: 'القاهرة – بحث وزيرا الري في مصر والسودان اليوم ملف سد النهضة وسبل التنسيق المشترك.',
          date: '5 كانون الثاني 2021',
          source: 'الأهرام',
          url: 'https://ahram.example/a',
        },
      },
      { row: 2, error: expect.stringMatching(/^not valid JSON/), why: { reason: 'jsonl_line_not_json', params: { detail: expect.any(String) } } },
      { row: 3, error: 'not a JSON object', why: { reason: 'jsonl_line_not_object' } },
      { row: 4, fields: { title: 'بلا محتوى', body: '   ', date: '2021-01-06' } },
      { row: 6, fields: { title: 'افتتاح معرض الكتاب', body: 'افتتح في عمّان معرض الكتاب الدولي بمشاركة ثلاثمئة دار نشر.', date: '2021-01-07T10:00:00Z', source: 'الرأي' } },
    ]);
  });

  it('reads .jsonl.gz, and reports a row without a text key', async () => {
    const lines = [JSON.stringify({ title: 'أ', content: 'نص أ' }), JSON.stringify({ title: 'ب' }), JSON.stringify({ title: 'ج', content: 'نص ج', extra: 1 })];
    const got = await rows(write('a.jsonl.gz', zlib.gzipSync(lines.join('\n'))));
    expect(got).toEqual([
      { row: 1, fields: { title: 'أ', body: 'نص أ' } },
      { row: 2, error: expect.stringContaining('no key holds the article text'), why: expect.objectContaining({ reason: 'collection_no_body' }) },
      { row: 3, fields: { title: 'ج', body: 'نص ج' } },
    ]);
  });
});

describe('Utf8Checker', () => {
  it('accepts characters split between chunks, and rejects bad bytes and a cut-off end', () => {
    const bytes = Buffer.from('مرحبا 😀 بالعالم');
    for (let cut = 1; cut < bytes.length; cut++) {
      const c = new Utf8Checker();
      expect(c.push(bytes.subarray(0, cut)) && c.push(bytes.subarray(cut)) && c.end()).toBe(true);
    }
    const bad = new Utf8Checker();
    expect(bad.push(Buffer.from([0x41, 0xc7, 0xe1, 0x41]))).toBe(false);
    const cutOff = new Utf8Checker();
    expect(cutOff.push(bytes.subarray(0, 1))).toBe(true);
    expect(cutOff.end()).toBe(false);
  });
});
