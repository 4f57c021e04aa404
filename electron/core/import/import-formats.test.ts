/**
 * importPaths over every format at once, as an analyst's folder holds them: what is stored
 * (text, metadata, folded paragraphs), what is reported per file and per row, and hostile input.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/make-fixtures';
import { docxEntries, importFixture, makeDocx, makeZip } from '../../../tests/fixtures/import/make-import-fixtures';
import { getArticle } from '../articles/articles';
import type { WritableDb } from '../db/handles';
import { closeProject, createProject } from '../db/open';
import { importPaths } from './import-files';

interface Row {
  id: string;
  title: string;
  text: string;
  source: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  place: string | null;
  abstract: string | null;
  original_file: string;
  encoding: string | null;
}

async function withProject(test: (db: WritableDb, dir: string) => Promise<void>): Promise<void> {
  const dir = tempDir();
  const db = createProject(path.join(dir, 'project.sqlite'));
  try {
    await test(db, dir);
  } finally {
    closeProject(db);
  }
}

const rows = (db: WritableDb): Row[] => db.prepare('SELECT * FROM articles ORDER BY rowid').all() as Row[];
const byFile = (db: WritableDb, name: string): Row => {
  const r = rows(db).find((a) => a.original_file === name);
  if (!r) throw new Error(`no article from ${name}`);
  return r;
};

/** A folder with one of everything, copied from the fixtures (and a .docx made now). */
function mixedFolder(dir: string): string {
  const folder = path.join(dir, 'mixed');
  fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
  for (const f of ['article.html', 'arabic-columns.csv', 'articles.jsonl', 'repeated-body.txt']) {
    fs.copyFileSync(importFixture(f), path.join(folder, f));
  }
  fs.copyFileSync(importFixture('persian-footer.txt'), path.join(folder, 'sub', 'persian-footer.md'));
  fs.writeFileSync(path.join(folder, 'sub', 'memo.docx'), makeDocx([{ text: 'مذكرة داخلية', rtl: true }, { text: 'بيروت – ناقش الفريق خطة العمل للربع القادم.', rtl: true }]));
  fs.writeFileSync(path.join(folder, 'sub', '~$memo.docx'), 'Word lock file');
  fs.writeFileSync(path.join(folder, 'notes.pdf'), '%PDF-1.7');
  return folder;
}

describe('importPaths: every format', () => {
  it('imports a mixed folder, one article per file and per row, with rows failing alone', async () => {
    await withProject(async (db, dir) => {
      const folder = mixedFolder(dir);
      const report = await importPaths(db, [folder]);
      const csv = path.join(folder, 'arabic-columns.csv');
      const jsonl = path.join(folder, 'articles.jsonl');
      expect(report.failed).toEqual([
        { file: `${csv} row 3`, error: 'empty body', reason: 'row_empty_body' },
        { file: `${jsonl} line 2`, error: expect.stringMatching(/^not valid JSON/), reason: 'jsonl_line_not_json', params: { detail: expect.any(String) } },
        { file: `${jsonl} line 3`, error: 'not a JSON object', reason: 'jsonl_line_not_object' },
        { file: `${jsonl} line 4`, error: 'empty body', reason: 'row_empty_body' },
      ]);
      expect(report.duplicates).toEqual([]);
      expect(report.imported.map((i) => path.relative(folder, i.file))).toEqual([
        'arabic-columns.csv row 2',
        'arabic-columns.csv row 4',
        'article.html',
        'articles.jsonl line 1',
        'articles.jsonl line 6',
        'repeated-body.txt',
        'sub/memo.docx',
        'sub/persian-footer.md',
      ]);

      expect(byFile(db, 'arabic-columns.csv row 2')).toMatchObject({
        title: 'قمة عربية في الجزائر',
        text: 'انطلقت في الجزائر أعمال القمة العربية بحضور عدد كبير من القادة.\nوناقش القادة ملفات الأمن الإقليمي.',
        published: '2022-11-01',
        source: 'وكالة الأنباء',
        url: 'https://news.example/1',
        author: 'كريم علي',
        encoding: null,
      });
      expect(byFile(db, 'arabic-columns.csv row 4').published).toBe('2022-10-31');
      expect(byFile(db, 'articles.jsonl line 1')).toMatchObject({ published: '2021-01-05', source: 'الأهرام', place: 'القاهرة', url: 'https://ahram.example/a' });
      expect(byFile(db, 'article.html')).toMatchObject({
        title: 'وزراء الداخلية العرب يبحثون أمن الحدود',
        source: 'صحيفة الأفق',
        author: 'سلمى الحداد',
        published: '2023-03-14',
        url: 'https://alofuq.example/news/border-security',
        encoding: 'utf-8',
      });
      expect(byFile(db, 'memo.docx')).toMatchObject({ title: 'مذكرة داخلية', place: 'بيروت', encoding: null });
      expect(byFile(db, 'repeated-body.txt')).toMatchObject({ place: 'الرباط', title: 'repeated-body' });
    });
  });

  it('stores folded paragraph ranges and returns them on articles.get, with the text untouched', async () => {
    await withProject(async (db) => {
      const files = ['repeated-body.txt', 'caption.txt', 'persian-footer.txt'].map(importFixture);
      const report = await importPaths(db, files);
      const [repeated, caption, footer] = report.imported.map((i) => getArticle(db, i.id));
      expect(repeated.text).toBe(fs.readFileSync(files[0], 'utf8'));
      expect(repeated.folded).toEqual([{ start: 4, end: 7, reason: 'repeated' }]);
      expect(caption.folded).toEqual([{ start: 4, end: 6, reason: 'repeated' }]);
      // The headline is the line the page repeats, not the navigation line above it; the date
      // inside the first sentence is when the conference met, not when the article appeared.
      expect(caption).toMatchObject({ title: 'مؤتمر جنيف يدعو إلى حماية الصحفيين في مناطق النزاع', place: 'جنيف', source: 'أ ف ب', published: null });
      expect(footer.folded).toEqual([
        { start: 0, end: 1, reason: 'boilerplate' },
        { start: 5, end: 9, reason: 'boilerplate' },
        { start: 9, end: 10, reason: 'other-language' },
      ]);
      // The title skips the language menu; the folded paragraphs are still in the text.
      expect(footer.title).toBe('الأخبار');
      expect(footer.paragraphs[9].text).toBe('این وب سایت برای خوانندگان فارسی زبان طراحی شده است');
    });
  });

  it('lets columns be named for fields, keeps abstract out of the text, and finds duplicates between rows and files', async () => {
    await withProject(async (db, dir) => {
      const csv = path.join(dir, 'export.csv.gz');
      const body = 'نص الخبر الأول عن الانتخابات البلدية في تونس.';
      fs.writeFileSync(
        csv,
        zlib.gzipSync(`id,headline,story,summary,outlet\n1,الانتخابات البلدية,"${body}",ملخص قصير,الصباح\n2,نسخة,"  ${body}  ",ملخص,الصباح\n`),
      );
      const txt = path.join(dir, 'same.txt');
      fs.writeFileSync(txt, body.replace('الأول', 'الاول'));
      const report = await importPaths(db, [csv, txt], { columns: { body: 'story', abstract: 'summary' } });
      expect(report.failed).toEqual([]);
      expect(report.imported).toHaveLength(1);
      const first = report.imported[0].id;
      expect(report.duplicates).toEqual([
        { file: `${csv} row 3`, duplicateOf: first },
        { file: txt, duplicateOf: first },
      ]);
      expect(rows(db)[0]).toMatchObject({ title: 'الانتخابات البلدية', text: body, abstract: 'ملخص قصير', source: 'الصباح' });
    });
  });

  it('cancels inside a collection: the rows read so far are stored whole', async () => {
    await withProject(async (db, dir) => {
      const csv = path.join(dir, 'many.csv');
      fs.writeFileSync(csv, 'title,body\n' + Array.from({ length: 50 }, (_, i) => `خبر ${i},نص الخبر رقم ${i}`).join('\n'));
      let asked = 0;
      const report = await importPaths(db, [csv], { batchSize: 7, shouldCancel: () => ++asked > 21 });
      expect(report.cancelled).toBe(true);
      expect(report.imported).toHaveLength(20);
      expect(rows(db).map((r) => r.text)).toEqual(Array.from({ length: 20 }, (_, i) => `نص الخبر رقم ${i}`));
      expect(db.prepare('SELECT status FROM import_batches').pluck().get()).toBe('cancelled');
    });
  });
});

describe('importPaths: hostile input', () => {
  it('refuses each bad file with its reason, and imports the rest', async () => {
    await withProject(async (db, dir) => {
      const file = (name: string, content: string | Buffer) => {
        const f = path.join(dir, name);
        fs.writeFileSync(f, content);
        return f;
      };
      const huge = file('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'ا '));
      const binary = file('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
      const empty = file('empty.md', '');
      const bomb = file('bomb.docx', makeZip([...docxEntries([{ text: 'نص' }]), { name: 'word/media/a.bin', data: 'x', declaredSize: 3_000_000_000 }]));
      const corrupt = file('corrupt.docx', Buffer.from('PK\u0003\u0004 هذا ليس ملف وورد'));
      const noBody = file('nobody.csv', 'title,date\nعنوان,2020-01-01\n');
      const latin = file('wrong.html', Buffer.from('<html><head><meta charset="utf-8"></head><body><p>Le ministre a déclaré que la réunion était très importante pour la région.</p></body></html>', 'latin1'));
      const good = file('good.txt', 'خبر سليم\n\nنص سليم يستورد رغم كل ما سبق.\n');
      const report = await importPaths(db, [huge, binary, empty, bomb, corrupt, noBody, latin, good]);
      expect(report.imported.map((i) => i.file)).toEqual([good]);
      expect(report.failed).toEqual([
        { file: huge, error: 'the file is 50.0 MB; articles over 20 MB are not imported', reason: 'file_too_large', params: { size: '50.0', max: 20 } },
        { file: binary, error: 'the file looks binary (it contains NUL bytes), not text', reason: 'file_binary' },
        { file: empty, error: 'the file is empty', reason: 'file_empty' },
        { file: bomb, error: 'the .docx would unpack to more than 100 MB (a "zip bomb"?); it was not opened', reason: 'docx_zip_bomb', params: { max: 100 } },
        { file: corrupt, error: 'the file is not a valid .docx (it is not a ZIP archive)', reason: 'docx_not_zip' },
        { file: noBody, error: expect.stringMatching(/^no column holds the article text/), reason: 'collection_no_body', params: expect.objectContaining({ what: { reason: 'collection_word_column' } }) },
        { file: latin, error: expect.stringMatching(/^the file is not valid UTF-8 and does not read as Arabic/), reason: 'file_no_encoding_guess', params: { guess: expect.any(String) } },
      ]);
    });
  }, 20_000);
});
