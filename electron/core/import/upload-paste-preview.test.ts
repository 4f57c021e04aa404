/** Web-mode uploads, pasted articles, the collection preview and the ignore mapping, and row progress. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/contract/imports';
import { tempDir, tempProject } from '../../../tests/unit/temp-project';
import { getArticle, listArticles } from '../articles/articles';
import { previewCollection } from './formats/collection-preview';
import { importPaths } from './import-files';
import { importPasted, previewPasted } from './paste';
import { Uploads } from './uploads';

const PASTED = 'اتفاق جديد لتقاسم المياه\nعمّان 12 آذار 2021 (وكالة الأنباء) قال المتحدث إن الاتفاق يشمل ثلاث مراحل تبدأ في الربيع المقبل.';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('pasted articles', () => {
  it('finds title, date and place the way the importer does', () => {
    expect(previewPasted(PASTED)).toMatchObject({ title: 'اتفاق جديد لتقاسم المياه', published: '2021-03-12', place: 'عمّان', source: 'وكالة الأنباء' });
  });

  it('imports through the same path: its own batch with origin paste, what was typed wins, a second paste is a duplicate', () => {
    const { db } = tempProject();
    const first = importPasted(db, { text: PASTED, source: 'نشرة المساء', published: '' });
    expect(first).toMatchObject({ title: 'اتفاق جديد لتقاسم المياه', duplicateOf: null });
    const article = getArticle(db, first.id!);
    expect(article).toMatchObject({ source: 'نشرة المساء', published: null, place: 'عمّان', origin: 'paste', file: null });
    expect(article.text).toBe(PASTED);
    // The same text with other white space is the same article.
    expect(importPasted(db, { text: `${PASTED}\n\n` })).toMatchObject({ id: null, duplicateOf: first.id });
    expect(listArticles(db).total).toBe(1);
  });

  it('refuses white space only, and a bad date, with nothing changed', () => {
    const { db } = tempProject();
    expect(() => importPasted(db, { text: ' \n ' })).toThrow(/pasted text is empty/);
    expect(() => importPasted(db, { text: PASTED, published: 'غدا' })).toThrow(/published: not a date/);
    expect(db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);
  });
});

describe('uploads (files dropped in web mode)', () => {
  it('stores pieces in order under a private folder and imports them under the names they were dropped with', async () => {
    const { db } = tempProject();
    const uploads = new Uploads(tempDir());
    const id = uploads.begin();
    const text = 'خبر مرفوع من المتصفح\nنص الخبر المرفوع للتجربة.';
    const bytes = Buffer.from(text);
    uploads.append(id, 'مجلد/خبر.txt', 0, bytes.subarray(0, 10).toString('base64'));
    expect(uploads.append(id, 'مجلد/خبر.txt', 10, bytes.subarray(10).toString('base64'))).toBe(bytes.length);
    uploads.append(id, 'ملاحظات.pdf', 0, b64('%PDF-1.4'));
    uploads.append(id, 'فارغ.txt', 0, '');
    const { root, inputs } = uploads.take(id);
    expect((fs.statSync(root).mode & 0o777).toString(8)).toBe('700');
    const report = await importPaths(db, inputs, { displayRoot: root, origin: 'upload' });
    expect(report.imported.map((i) => i.file)).toEqual(['مجلد/خبر.txt']);
    expect(report.failed.map((f) => f.file).sort()).toEqual(['فارغ.txt', 'ملاحظات.pdf']);
    expect(getArticle(db, report.imported[0].id)).toMatchObject({ origin: 'upload', text });
    expect(JSON.parse(db.prepare('SELECT inputs FROM import_batches').pluck().get() as string)).toEqual(['فارغ.txt', 'مجلد', 'ملاحظات.pdf']);
  });

  it('refuses pieces out of order, names outside the folder, and closed uploads', () => {
    const uploads = new Uploads(tempDir());
    const id = uploads.begin();
    uploads.append(id, 'a.txt', 0, b64('abc'));
    expect(() => uploads.append(id, 'a.txt', 0, b64('abc'))).toThrow(/out of order/);
    expect(() => uploads.append(id, '../b.txt', 0, b64('x'))).toThrow(/outside the upload/);
    expect(uploads.discard(id)).toBe(true);
    expect(() => uploads.append(id, 'a.txt', 3, b64('d'))).toThrow(/no longer open/);
  });
});

describe('collections: preview, mapping and row progress', () => {
  const csv = (dir: string) => {
    const file = path.join(dir, 'export.csv');
    fs.writeFileSync(
      file,
      'kop,matn,date,source\n' +
        '"عنوان أول","نص أول طويل بما يكفي",2020-01-02,مصدر\n' +
        '"عنوان ثان","نص ثان طويل بما يكفي",غير معروف,مصدر\n' +
        '"عنوان ثالث","نص ثالث طويل بما يكفي",2020-01-04,مصدر\n',
    );
    return file;
  };

  it('shows columns, first rows and what is recognised; says when no column holds the text', async () => {
    const file = csv(tempDir());
    const preview = await previewCollection(file, { encoding: 'auto' });
    expect(preview).toMatchObject({ format: 'csv', columns: ['kop', 'matn', 'date', 'source'], detected: { date: 'date', source: 'source' } });
    expect(preview.rows[0]).toEqual(['عنوان أول', 'نص أول طويل بما يكفي', '2020-01-02', 'مصدر']);
    expect(preview.problem).toMatch(/no column holds the article text/);
    const mapped = await previewCollection(file, { encoding: 'auto', columns: { body: 'matn', title: 'kop', date: null } });
    expect(mapped.detected).toEqual({ title: 'kop', body: 'matn', source: 'source' });
    expect(mapped.problem).toBeNull();
  });

  it('imports with the mapping (an ignored field stays empty) and counts rows while reading', async () => {
    const { db } = tempProject();
    const file = csv(tempDir());
    const seen: ImportProgress[] = [];
    const report = await importPaths(db, [file], { columns: { body: 'matn', title: 'kop', date: null }, onProgress: (p) => seen.push(structuredClone(p)) });
    expect(report.imported.map((i) => i.title)).toEqual(['عنوان أول', 'عنوان ثان', 'عنوان ثالث']);
    expect(listArticles(db).items.every((a) => a.published === null)).toBe(true);
    // Progress while the file is read names it and counts bytes; it is cleared after.
    expect(seen.at(-1)?.collection ?? null).toBeNull();
    expect(seen[0].total).toBe(1);
  });

  it('a long collection reports rows and bytes while it is read (one file of many articles)', async () => {
    const { db } = tempProject();
    const file = path.join(tempDir(), 'long.csv');
    const rows = Array.from({ length: 450 }, (_, i) => `"خبر رقم ${i}","هذا نص الخبر رقم ${i} في الملف الطويل"`);
    fs.writeFileSync(file, `title,body\n${rows.join('\n')}\n`);
    const seen: ImportProgress[] = [];
    await importPaths(db, [file], { onProgress: (p) => seen.push(structuredClone(p)) });
    const during = seen.filter((p) => p.collection);
    expect(during.map((p) => p.collection!.rows)).toEqual([200, 400]);
    expect(during[0].collection).toMatchObject({ file, bytesTotal: fs.statSync(file).size });
    expect(during[0].collection!.bytesDone).toBeGreaterThan(0);
    expect(during[0].done).toBe(0);
  });
});
