/**
 * Exports, merges and probes on the built project worker (dist/node/project-worker.cjs):
 * `npm run test:unit` builds it first; without the build these tests are skipped, and say so.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_NODE, sha256File, sideFiles, tempDir } from '../../../tests/fixtures/make-fixtures';
import { closeProject, createProject, openProjectReadonly } from '../db/open';
import { fillNotebook, insertFixtureArticle } from '../export/notebook-fixture';
import { fillBigProject } from './big-project-fixture';
import { probeInWorker } from './probe-in-worker';
import { ProjectJobs } from './project-jobs';

const WORKER = path.join(DIST_NODE, 'project-worker.cjs');
const built = fs.existsSync(WORKER);
if (!built) console.warn(`project-jobs.test.ts: skipped, ${WORKER} is missing; run \`npm run build:node\` first.`);

function project(dir: string, name: string, fill: (db: ReturnType<typeof createProject>) => void): string {
  const file = path.join(dir, `${name}.sqlite`);
  const db = createProject(file);
  fill(db);
  closeProject(db);
  return file;
}

function count(file: string, table: string): number {
  const db = openProjectReadonly(file);
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    closeProject(db);
  }
}

/**
 * sha256 of the project file with the header's change counter (bytes 24–27) and its copy
 * (92–95) zeroed: SQLite bumps them whenever a writable connection opens and closes the file,
 * even when no transaction commits. Every other byte must be as it was.
 */
function contentSha(file: string): string {
  const bytes = fs.readFileSync(file);
  bytes.fill(0, 24, 28);
  bytes.fill(0, 92, 96);
  return createHash('sha256').update(bytes).digest('hex');
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe.skipIf(!built)('export jobs on the built worker', () => {
  it('runs an export: running, then done with the rows written; the file is whole and nothing is left beside it', async () => {
    const dir = tempDir();
    const file = project(dir, 'notebook', (db) => fillNotebook(db));
    const jobs = new ProjectJobs({ workerScript: WORKER });
    const out = path.join(dir, 'اقتباسات.csv');
    const id = jobs.startExport(file, { format: 'csv', path: out, filters: { theme: 'الأمن' } });
    expect(jobs.exports.status(id).state).toBe('running');
    const job = await jobs.exports.wait(id);
    expect(job).toMatchObject({ state: 'done', error: null, result: { path: out, rows: 2 }, progress: { phase: 'writing', done: 2, total: 2 } });
    expect(fs.readFileSync(out, 'utf8')).toContain('الأمن');
    expect(fs.readdirSync(dir).sort()).toEqual(['notebook.sqlite', 'اقتباسات.csv']);
    // An existing file is refused before any job starts.
    expect(() => jobs.startExport(file, { format: 'csv', path: out })).toThrow(/already exists/);
    expect(() => jobs.startExport(file, { format: 'csv', path: path.join(dir, 'missing', 'x.csv') })).toThrow(/does not exist/);
  });

  it('cancelled mid-way: state cancelled, no partial file, and the file it was to replace untouched', async () => {
    const dir = tempDir();
    const file = project(dir, 'big', (db) => fillBigProject(db, 400, 50));
    const out = path.join(dir, 'quotes.xlsx');
    fs.writeFileSync(out, 'an earlier export');
    const jobs = new ProjectJobs({ workerScript: WORKER });
    const id = jobs.startExport(file, { format: 'xlsx', path: out, overwrite: true });
    await until(() => jobs.exports.status(id).progress.total > 0, 'the first progress report');
    jobs.exports.cancel(id);
    const job = await jobs.exports.wait(id);
    expect(job.state).toBe('cancelled');
    expect(job.result).toBeNull();
    expect(fs.readFileSync(out, 'utf8')).toBe('an earlier export');
    expect(fs.readdirSync(dir).sort()).toEqual(['big.sqlite', 'quotes.xlsx']);
  }, 60_000);

  it('a job that fails says why', async () => {
    const dir = tempDir();
    const bogus = path.join(dir, 'bogus.sqlite');
    fs.writeFileSync(bogus, 'ليس مشروعاً');
    const jobs = new ProjectJobs({ workerScript: WORKER });
    const job = await jobs.exports.wait(jobs.startExport(bogus, { format: 'csv', path: path.join(dir, 'x.csv') }));
    expect(job).toMatchObject({ state: 'failed', error: expect.stringContaining('is not a SQLite database') });
    expect(fs.readdirSync(dir)).toEqual(['bogus.sqlite']);
  });
});

describe.skipIf(!built)('merge jobs on the built worker', () => {
  it('runs a merge through its phases to the report; the project holds their article', async () => {
    const dir = tempDir();
    const ours = project(dir, 'ours', (db) => fillNotebook(db));
    const theirs = project(dir, 'theirs', (db) => insertFixtureArticle(db, 'خبر من الزميل\n\nنص قصير للدمج.'));
    const jobs = new ProjectJobs({ workerScript: WORKER });
    const id = jobs.startMerge(ours, theirs, 'سلمى');
    expect(() => jobs.startMerge(ours, theirs, 'سلمى')).toThrow(/already running/);
    const job = await jobs.merges.wait(id);
    expect(job.error).toBeNull();
    expect(job.state).toBe('done');
    expect(job.result).toMatchObject({ other: theirs, articles: { added: 1, matched: 0 } });
    expect(job.progress).toMatchObject({ phase: 'finishing', articles: 1 });
    expect(fs.existsSync(job.result!.snapshot)).toBe(true);
    expect(count(ours, 'articles')).toBe(3);
    expect(sideFiles(ours)).toEqual([]);
    expect(() => jobs.startMerge(ours, ours, 'سلمى')).toThrow(/this project itself/);
  });

  it('cancelled mid-way: rolled back — every byte of the project as it was (but SQLite’s change counter), no snapshot left', async () => {
    const dir = tempDir();
    const ours = project(dir, 'ours', (db) => fillNotebook(db));
    const theirs = project(dir, 'theirs', (db) => fillBigProject(db, 1500, 4, 'تقرير الزميل'));
    const before = contentSha(ours);
    const jobs = new ProjectJobs({ workerScript: WORKER });
    const id = jobs.startMerge(ours, theirs, 'سلمى');
    await until(() => jobs.merges.status(id).progress.phase === 'articles', 'the articles phase');
    jobs.merges.cancel(id);
    const job = await jobs.merges.wait(id);
    expect(job.state).toBe('cancelled');
    expect(job.result).toBeNull();
    expect(contentSha(ours)).toBe(before);
    expect(count(ours, 'articles')).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(['ours.sqlite', 'theirs.sqlite']);
  }, 60_000);

  it('gives up on a file that cannot be checked in time: the worker is stopped, the project untouched', async () => {
    const dir = tempDir();
    const ours = project(dir, 'ours', (db) => fillNotebook(db));
    const theirs = project(dir, 'theirs', (db) => insertFixtureArticle(db, 'خبر من الزميل\n\nنص قصير للدمج.'));
    const before = [sha256File(ours), sha256File(theirs)];
    // 1 ms: no worker even starts that fast, so the deadline always passes first.
    const jobs = new ProjectJobs({ workerScript: WORKER, probeTimeoutMs: 1 });
    const job = await jobs.merges.wait(jobs.startMerge(ours, theirs, 'سلمى'));
    expect(job).toMatchObject({ state: 'failed', error: `${theirs} could not be checked within 0 seconds (it may be very large or damaged); it was not opened and nothing was changed.` });
    expect([sha256File(ours), sha256File(theirs)]).toEqual(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['ours.sqlite', 'theirs.sqlite']);
  });
});

describe.skipIf(!built)('the probe on a worker', () => {
  it('answers the schema version, keeps the refusal codes, and is stopped after its timeout', async () => {
    const dir = tempDir();
    const file = project(dir, 'p', () => undefined);
    await expect(probeInWorker(WORKER, file)).resolves.toMatchObject({ schemaVersion: expect.any(Number) });
    const bogus = path.join(dir, 'bogus.sqlite');
    fs.writeFileSync(bogus, 'ليس مشروعاً');
    await expect(probeInWorker(WORKER, bogus)).rejects.toMatchObject({ code: 'project_invalid', message: expect.stringContaining('is not a SQLite database') });
    const before = sha256File(file);
    await expect(probeInWorker(WORKER, file, 1)).rejects.toMatchObject({ code: 'project_invalid', message: expect.stringContaining('could not be checked within') });
    expect(sha256File(file)).toBe(before);
    expect(sideFiles(file)).toEqual([]);
  });
});
