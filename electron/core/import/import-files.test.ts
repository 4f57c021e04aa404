import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanImportedText } from '../../../shared/text/clean';
import { codePointLength } from '../../../shared/text/codepoints';
import {
  CP1256_FIXTURE_TEXT,
  fixture,
  generateArticles,
  sample,
  SAMPLES_DIR,
  sampleFiles,
  tempDir,
} from '../../../tests/fixtures/make-fixtures';
import type { WritableDb } from '../db/handles';
import { closeProject, createProject } from '../db/open';
import { contentHash, importPaths } from './import-files';

interface StoredArticle {
  id: string;
  title: string;
  text: string;
  chars: number;
  content_hash: string;
  original_file: string;
  encoding: string;
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

function stored(db: WritableDb): StoredArticle[] {
  return db.prepare('SELECT * FROM articles ORDER BY rowid').all() as StoredArticle[];
}

function byFile(db: WritableDb, name: string): StoredArticle {
  const a = stored(db).find((r) => r.original_file === name);
  if (!a) throw new Error(`no article from ${name}`);
  return a;
}

describe('importPaths', () => {
  it('imports the whole sample folder, one article per file, text as cleaned', async () => {
    await withProject(async (db) => {
      const report = await importPaths(db, [SAMPLES_DIR]);
      expect(report.failed).toEqual([]);
      expect(report.duplicates).toEqual([]);
      expect(report.cancelled).toBe(false);
      const files = sampleFiles();
      expect(files).toHaveLength(6);
      expect(report.imported.map((i) => i.file)).toEqual(files);
      for (const file of files) {
        const a = byFile(db, path.basename(file));
        const text = cleanImportedText(fs.readFileSync(file, 'utf8'));
        expect(a.text).toBe(text);
        expect(a.title).toBe(text.split('\n')[0]);
        expect(a.chars).toBe(codePointLength(text));
        expect(a.content_hash).toBe(contentHash(text));
        expect(a.encoding).toBe('utf-8');
      }
      expect(byFile(db, '01-security-council-session.txt').title).toBe('مجلس الأمن يدعو إلى تعاون دولي أوسع لمكافحة الإرهاب');
      const batch = db.prepare('SELECT status, finished_at FROM import_batches').all();
      expect(batch).toEqual([{ status: 'done', finished_at: expect.any(String) }]);
    });
  });

  it('stores NFC text with LF line ends and no BOM; the title is the first non-blank line', async () => {
    await withProject(async (db, dir) => {
      // Alef + combining hamza above (U+0654) is أ in NFD; NFC composes it to U+0623.
      const decomposed = 'ا\u0654كد الوزير';
      const file = path.join(dir, 'crlf-bom.txt');
      fs.writeFileSync(file, `\uFEFF\r\n\r\n  بيان الوزارة  \r\n\r\n${decomposed} أن التعاون ضروري.\rسطر آخر\r\n`);
      const report = await importPaths(db, [file]);
      expect(report.failed).toEqual([]);
      const a = byFile(db, 'crlf-bom.txt');
      expect(a.text).toBe('\n\n  بيان الوزارة  \n\nأكد الوزير أن التعاون ضروري.\nسطر آخر\n');
      expect(a.text.normalize('NFC')).toBe(a.text);
      expect(a.text).not.toMatch(/[\r\uFEFF]/);
      expect(a.title).toBe('بيان الوزارة');
      expect(a.encoding).toBe('utf-8-bom');
    });
  });

  it('counts chars in code points, so an emoji is one', async () => {
    await withProject(async (db) => {
      await importPaths(db, [sample('06-youth-online-campaign.txt')]);
      const a = byFile(db, '06-youth-online-campaign.txt');
      expect(a.text).toContain('🤝');
      expect(a.chars).toBe([...a.text].length);
      expect(a.text.length - a.chars).toBe(2); // 🤝 and 📱 are two UTF-16 units each
    });
  });

  it('reports a file with the same normalised text as a duplicate and does not import it', async () => {
    await withProject(async (db, dir) => {
      const first = await importPaths(db, [SAMPLES_DIR]);
      const original = first.imported.find((i) => i.file.endsWith('01-security-council-session.txt'))!;
      // Tatweel, extra diacritics, a different hamza and alef maqsura: the same text to a reader.
      const variant = path.join(dir, 'variant.txt');
      const source = fs.readFileSync(sample('03-interior-minister-statement.txt'), 'utf8');
      fs.writeFileSync(variant, source.replace('الداخلية', 'الـداخـلية').replace('خطة', 'خُطَّة').replace('إطلاق', 'اطلاق').replace(/إلى/g, 'الي'));
      const report = await importPaths(db, [fixture('duplicate-of-sample-01.txt'), variant]);
      expect(report.imported).toEqual([]);
      expect(report.failed).toEqual([]);
      const third = first.imported.find((i) => i.file.endsWith('03-interior-minister-statement.txt'))!;
      expect(report.duplicates).toEqual([
        { file: fixture('duplicate-of-sample-01.txt'), duplicateOf: original.id },
        { file: variant, duplicateOf: third.id },
      ]);
      expect(stored(db)).toHaveLength(6);
    });
  });

  it('finds duplicates within one batch too', async () => {
    await withProject(async (db) => {
      const report = await importPaths(db, [sample('01-security-council-session.txt'), fixture('duplicate-of-sample-01.txt')]);
      expect(report.imported).toHaveLength(1);
      expect(report.duplicates).toEqual([{ file: fixture('duplicate-of-sample-01.txt'), duplicateOf: report.imported[0].id }]);
    });
  });

  it('reports each bad file with a clear message while the rest imports', async () => {
    await withProject(async (db) => {
      const inputs = ['duplicate-of-sample-01.txt', 'binary.txt', 'empty.txt', 'whitespace-only.txt'].map(fixture);
      const report = await importPaths(db, [SAMPLES_DIR, ...inputs]);
      expect(report.imported).toHaveLength(6);
      expect(report.duplicates.map((d) => path.basename(d.file))).toEqual(['duplicate-of-sample-01.txt']);
      expect(report.failed).toEqual([
        { file: fixture('binary.txt'), error: 'the file looks binary (it contains NUL bytes), not text', reason: 'file_binary' },
        { file: fixture('empty.txt'), error: 'the file is empty', reason: 'file_empty' },
        { file: fixture('whitespace-only.txt'), error: 'the file has no text (only white space)', reason: 'file_blank' },
      ]);
      expect(stored(db)).toHaveLength(6);
    });
  });

  it('reports a path that does not exist, an empty folder and a folder of other files', async () => {
    await withProject(async (db, dir) => {
      const missing = path.join(dir, 'no-such-folder');
      const empty = path.join(dir, 'empty-folder');
      const pdfs = path.join(dir, 'pdfs');
      fs.mkdirSync(empty);
      fs.mkdirSync(pdfs);
      fs.writeFileSync(path.join(pdfs, 'report.pdf'), '%PDF-1.7');
      const report = await importPaths(db, [missing, empty, pdfs, sample('02-regional-border-conference.txt')]);
      expect(report.imported).toHaveLength(1);
      expect(report.failed).toEqual([
        { file: missing, error: 'no such file or folder', reason: 'import_no_such_path' },
        { file: empty, error: expect.stringContaining('the folder has no files Daftar can import'), reason: 'import_folder_has_nothing', params: { kinds: expect.stringContaining('.txt') } },
        { file: pdfs, error: expect.stringContaining('the folder has no files Daftar can import'), reason: 'import_folder_has_nothing', params: { kinds: expect.any(String) } },
      ]);
    });
  });

  it('leaves no trace in the project when nothing was imported', async () => {
    await withProject(async (db, dir) => {
      const report = await importPaths(db, [path.join(dir, 'missing.txt'), fixture('empty.txt')]);
      expect(report.imported).toEqual([]);
      expect(report.failed).toHaveLength(2);
      expect(db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);
      expect(stored(db)).toEqual([]);
    });
  });

  it('stops between files when cancelled: committed articles stay whole, the rest is skipped', async () => {
    await withProject(async (db, dir) => {
      const files = generateArticles(path.join(dir, 'many'), 10);
      let asked = 0;
      const progress: number[] = [];
      const report = await importPaths(db, [path.join(dir, 'many')], {
        batchSize: 2,
        shouldCancel: () => ++asked > 3,
        onProgress: (p) => progress.push(p.done),
      });
      expect(report.cancelled).toBe(true);
      expect(report.imported).toHaveLength(3);
      expect(progress).toEqual([0, 1, 2, 3]);
      const rows = stored(db);
      expect(rows).toHaveLength(3);
      rows.forEach((a, i) => {
        expect(a.original_file).toBe(path.basename(files[i]));
        expect(a.text).toBe(cleanImportedText(fs.readFileSync(files[i], 'utf8')));
        expect(a.chars).toBe(codePointLength(a.text));
      });
      expect(db.prepare('SELECT status FROM import_batches').pluck().get()).toBe('cancelled');
    });
  });

  it('detects a Windows-1256 file, and refuses it when told the file is UTF-8', async () => {
    await withProject(async (db) => {
      const utf8 = await importPaths(db, [fixture('not-utf8.txt')], { encoding: 'utf-8' });
      expect(utf8.failed).toEqual([{ file: fixture('not-utf8.txt'), error: 'the file is not valid UTF-8', reason: 'file_not_utf8' }]);
      const report = await importPaths(db, [fixture('not-utf8.txt')]);
      expect(report.failed).toEqual([]);
      const a = byFile(db, 'not-utf8.txt');
      expect(a.text).toBe(CP1256_FIXTURE_TEXT);
      expect(a.title).toBe('بيان: التعاون الإقليمي ضروري لمواجهة الإرهاب');
      expect(a.encoding).toBe('windows-1256');
    });
  });
});
