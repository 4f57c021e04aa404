/**
 * ImportJobs with the real, built worker (dist/node/import-worker.cjs): `npm run test:unit`
 * builds it first. Without the build these tests are skipped, and say so.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ImportJob } from '../../../shared/contract/imports';
import { cleanImportedText } from '../../../shared/text/clean';
import { codePointLength } from '../../../shared/text/codepoints';
import { DIST_NODE, generateArticles, SAMPLES_DIR, tempDir } from '../../../tests/fixtures/make-fixtures';
import { importFixture, makeDocx } from '../../../tests/fixtures/import/make-import-fixtures';
import { closeProject, createProject, openProjectReadonly } from '../db/open';
import { ImportJobs } from './import-jobs';

const WORKER = path.join(DIST_NODE, 'import-worker.cjs');
const built = fs.existsSync(WORKER);
if (!built) console.warn(`import-jobs.test.ts: skipped, ${WORKER} is missing; run \`npm run build:node\` first.`);

function newProject(): string {
  const file = path.join(tempDir(), 'project.sqlite');
  closeProject(createProject(file));
  return file;
}

function readArticles(file: string): { text: string; chars: number; original_file: string }[] {
  const db = openProjectReadonly(file);
  try {
    return db.prepare('SELECT text, chars, original_file FROM articles ORDER BY rowid').all() as { text: string; chars: number; original_file: string }[];
  } finally {
    closeProject(db);
  }
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe.skipIf(!built)('ImportJobs on the built worker', () => {
  it('runs an import on a worker thread: running, progress, then the done report', async () => {
    const file = newProject();
    const jobs = new ImportJobs(WORKER);
    const id = jobs.start(file, [SAMPLES_DIR, path.join(tempDir(), 'missing')], 'auto');
    expect(jobs.status(id).state).toBe('running');
    expect(jobs.isRunning()).toBe(true);
    expect(() => jobs.start(file, [SAMPLES_DIR], 'auto')).toThrow(/already running/);
    const job: ImportJob = await jobs.wait(id);
    expect(job.state).toBe('done');
    expect(job.error).toBeNull();
    expect(job.report!.imported).toHaveLength(6);
    // The reason key crosses the worker thread with the row, so the UI can translate it.
    expect(job.report!.failed).toEqual([{ file: expect.stringContaining('missing'), error: 'no such file or folder', reason: 'import_no_such_path' }]);
    expect(job.progress).toMatchObject({ done: 6, total: 6, imported: 6, failed: 1, currentFile: null });
    expect(jobs.isRunning()).toBe(false);
    expect(readArticles(file)).toHaveLength(6);
    // The worker closed its connection properly: one whole file, nothing beside it.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('reads .html, .docx and .csv.gz with column names on the worker (the bundled linkedom, Readability, mammoth, csv-parse)', async () => {
    const file = newProject();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'memo.docx'), makeDocx([{ text: 'مذكرة', rtl: true }, { text: 'نص المذكرة الداخلية.', rtl: true }]));
    fs.writeFileSync(path.join(dir, 'export.csv.gz'), zlib.gzipSync('kop,matn\nعنوان,نص من ملف مضغوط\n'));
    const jobs = new ImportJobs(WORKER);
    const inputs = [importFixture('article.html'), dir];
    const job = await jobs.wait(jobs.start(file, inputs, 'auto', { body: 'matn', title: 'kop' }));
    expect(job.error).toBeNull();
    expect(job.report!.failed).toEqual([]);
    expect(job.report!.imported.map((i) => path.basename(i.file))).toEqual([
      'article.html',
      'export.csv.gz row 2',
      'memo.docx',
    ]);
    expect(readArticles(file).map((a) => a.original_file)).toContain('export.csv.gz row 2');
  });

  it('reports a job that cannot open its project as failed, with the reason', async () => {
    const file = path.join(tempDir(), 'not-a-project.sqlite');
    fs.writeFileSync(file, 'ليس ملف مشروع');
    const jobs = new ImportJobs(WORKER);
    const job = await jobs.wait(jobs.start(file, [SAMPLES_DIR], 'auto'));
    expect(job.state).toBe('failed');
    expect(job.error).toContain(`${file} is not a SQLite database`);
    expect(fs.readFileSync(file, 'utf8')).toBe('ليس ملف مشروع');
  });

  it('cancels mid-way: state cancelled, and every article in the project is whole', async () => {
    const file = newProject();
    const dir = path.join(tempDir(), 'many');
    const files = generateArticles(dir, 3000);
    const jobs = new ImportJobs(WORKER);
    const id = jobs.start(file, [dir], 'auto');
    await until(() => jobs.status(id).progress.done > 0, 'the first progress report');
    jobs.cancel(id);
    const job = await jobs.wait(id);
    expect(job.state).toBe('cancelled');
    const imported = job.report!.imported.length;
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(files.length);
    const rows = readArticles(file);
    expect(rows).toHaveLength(imported);
    const sources = new Map(files.map((f) => [path.basename(f), f]));
    for (const a of rows) {
      expect(a.text).toBe(cleanImportedText(fs.readFileSync(sources.get(a.original_file)!, 'utf8')));
      expect(a.chars).toBe(codePointLength(a.text));
    }
  }, 30_000);
});
