/**
 * Import jobs (WorkerJobs running import-worker.ts) with the real, built worker
 * (dist/node/import-worker.cjs): `npm run test:unit` builds it first. Without the build these
 * tests are skipped, and say so. How WorkerJobs ends a job in general (a worker that throws or
 * exits, cancel with a partial result) is tested in jobs/worker-jobs.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportJob } from '../../../shared/contract/imports';
import { cleanImportedText } from '../../../shared/text/clean';
import { codePointLength } from '../../../shared/text/codepoints';
import { DIST_NODE, generateArticles, SAMPLES_DIR, tempDir } from '../../../tests/fixtures/make-fixtures';
import { importFixture, makeDocx } from '../../../tests/fixtures/import/make-import-fixtures';
import { closeProject, createProject, openProjectReadonly } from '../db/open';
import { createImportJobs, importJob, startImport, type ImportJobs } from './import-jobs';

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

/** The job as the contract answers it (import.status); strict, so nothing but the contract's fields. */
async function finished(jobs: ImportJobs, id: string): Promise<ImportJob> {
  return ImportJob.strict().parse(importJob(await jobs.wait(id)));
}

describe('import jobs without a worker', () => {
  it('a worker that cannot start fails the job, naming the import and the problem', async () => {
    const jobs = createImportJobs(path.join(tempDir(), 'no-import-worker.cjs'));
    const job = await finished(jobs, startImport(jobs, newProject(), [SAMPLES_DIR], 'auto'));
    expect(job).toMatchObject({ state: 'failed', report: null, code: 'internal', reason: 'job_failed', params: { job: { reason: 'job_import' } } });
    expect(job.error).toMatch(/^the import failed: Cannot find module .*no-import-worker\.cjs/);
    expect(jobs.isRunning()).toBe(false);
  });
});

describe.skipIf(!built)('import jobs on the built worker', () => {
  it('runs an import on a worker thread: running, progress, then the done report', async () => {
    const file = newProject();
    const jobs = createImportJobs(WORKER);
    const id = startImport(jobs, file, [SAMPLES_DIR, path.join(tempDir(), 'missing')], 'auto');
    expect(importJob(jobs.status(id))).toMatchObject({ state: 'running', report: null, progress: { done: 0, total: 0 } });
    expect(jobs.isRunning()).toBe(true);
    expect(() => startImport(jobs, file, [SAMPLES_DIR], 'auto')).toThrow(/already running/);
    const job = await finished(jobs, id);
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
    const jobs = createImportJobs(WORKER);
    const inputs = [importFixture('article.html'), dir];
    const job = await finished(jobs, startImport(jobs, file, inputs, 'auto', { body: 'matn', title: 'kop' }));
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
    const jobs = createImportJobs(WORKER);
    const job = await finished(jobs, startImport(jobs, file, [SAMPLES_DIR], 'auto'));
    expect(job).toMatchObject({ state: 'failed', report: null, code: 'project_invalid' });
    expect(job.error).toContain(`${file} is not a SQLite database`);
    expect(fs.readFileSync(file, 'utf8')).toBe('ليس ملف مشروع');
  });

  it('cancels mid-way: state cancelled, and every article in the project is whole', async () => {
    const file = newProject();
    const dir = path.join(tempDir(), 'many');
    const files = generateArticles(dir, 3000);
    const jobs = createImportJobs(WORKER);
    const id = startImport(jobs, file, [dir], 'auto');
    await until(() => jobs.status(id).progress.done > 0, 'the first progress report');
    expect(importJob(jobs.cancel(id)).state).toBe('running');
    const job = await finished(jobs, id);
    expect(job.state).toBe('cancelled');
    expect(job.error).toBeNull();
    // The report of what came in before the stop survives the cancel, and the progress agrees with it.
    const imported = job.report!.imported.length;
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(files.length);
    expect(job.progress).toMatchObject({ imported, duplicates: 0, failed: 0, currentFile: null });
    expect(jobs.isRunning()).toBe(false);
    const rows = readArticles(file);
    expect(rows).toHaveLength(imported);
    const sources = new Map(files.map((f) => [path.basename(f), f]));
    for (const a of rows) {
      expect(a.text).toBe(cleanImportedText(fs.readFileSync(sources.get(a.original_file)!, 'utf8')));
      expect(a.chars).toBe(codePointLength(a.text));
    }
  }, 30_000);
});
