/**
 * Export, save a copy and merge through the dispatcher, as the UI calls them. Exports and
 * merges run on the built project worker (dist/node/project-worker.cjs; `npm run test:unit`
 * builds it first); without the build those tests are skipped, and say so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../shared/contract/dispatch';
import type { Envelope } from '../../../shared/contract/errors';
import { DIST_NODE, tempDir } from '../../../tests/fixtures/make-fixtures';
import { closeProject, createProject, probeProject } from '../db/open';
import { fillNotebook, insertFixtureArticle } from '../export/notebook-fixture';
import { fillBigProject } from '../jobs/big-project-fixture';
import { Session } from '../project/session';
import { createHandlers } from './index';
import { webDispatcher } from './web-dispatch-fixture';

const WORKER = path.join(DIST_NODE, 'project-worker.cjs');
const built = fs.existsSync(WORKER);
if (!built) console.warn(`export-handlers.test.ts: skipped, ${WORKER} is missing; run \`npm run build:node\` first.`);

type Dispatch = ReturnType<typeof createDispatcher>;

/** Start a job and poll its status until it has finished, as the renderer does. */
async function runJob(dispatch: Dispatch, start: string, status: string, request: unknown): Promise<Envelope<unknown>> {
  const started = (await dispatch(start, request)) as Envelope<{ jobId: string }>;
  if (!started.ok) return started;
  for (;;) {
    const job = (await dispatch(status, { jobId: started.result.jobId })) as Envelope<{ state: string }>;
    if (!job.ok || job.result.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 10));
  }
}

const exportJob = (dispatch: Dispatch, request: unknown) => runJob(dispatch, 'export.start', 'export.status', request);
const mergeJob = (dispatch: Dispatch, request: unknown) => runJob(dispatch, 'project.mergeStart', 'project.mergeStatus', request);

describe.skipIf(!built)('export and share methods', () => {
  it('export, save a copy and merge answer envelopes; bad requests are refused', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notebook.sqlite');
    const db = createProject(file);
    fillNotebook(db);
    closeProject(db);
    const other = path.join(dir, 'colleague.sqlite');
    const odb = createProject(other);
    insertFixtureArticle(odb, 'خبر من الزميل\n\nنص قصير للدمج.');
    closeProject(odb);
    const { session, dispatch } = webDispatcher(dir, { projectWorker: WORKER, actor: 'سلمى' });
    try {
      const out = path.join(dir, 'quotes.xlsx');
      expect(await dispatch('export.start', { format: 'xlsx', path: out })).toMatchObject({ ok: false, error: { code: 'no_project' } });
      await session.open(file);
      expect(await exportJob(dispatch, { format: 'xlsx', path: out, filters: { theme: 'الأمن' }, lang: 'en' })).toMatchObject({
        ok: true, result: { state: 'done', result: { path: out, rows: 2 }, error: null },
      });
      expect(await dispatch('export.start', { format: 'xlsx', path: out })).toMatchObject({
        ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/already exists/) },
      });
      expect(await dispatch('export.start', { format: 'pdf', path: out })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      expect(await dispatch('export.status', { jobId: 'no-such-job' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await dispatch('export.start', { format: 'csv', path: out, filters: { from: 'March' } })).toMatchObject({
        ok: false, error: { code: 'invalid_request' },
      });
      const copy = path.join(dir, 'copy.sqlite');
      expect(await dispatch('project.saveCopy', { path: copy })).toEqual({ ok: true, result: { path: copy } });
      expect(probeProject(copy).schemaVersion).toBeGreaterThan(0);
      const merged = await mergeJob(dispatch, { path: other });
      expect(merged).toMatchObject({ ok: true, result: { state: 'done', report: { articles: { added: 1, matched: 0 }, notes: { conflicts: [] } } } });
      expect(fs.existsSync((merged as { ok: true; result: { report: { snapshot: string } } }).result.report.snapshot)).toBe(true);
      expect(await mergeJob(dispatch, { path: path.join(dir, 'missing.sqlite') })).toMatchObject({
        ok: true, result: { state: 'failed', report: null, error: expect.stringMatching(/no such file/) },
      });
    } finally {
      await session.close();
    }
  }, 30_000);

  it('count, print to PDF (through a stand-in for Electron), undo a merge, and native pickers where the shell has them', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notebook.sqlite');
    const db = createProject(file);
    fillNotebook(db);
    closeProject(db);
    const other = path.join(dir, 'colleague.sqlite');
    const odb = createProject(other);
    insertFixtureArticle(odb, 'خبر من الزميل\n\nنص قصير للدمج.');
    closeProject(odb);
    const printed: string[] = [];
    const shell = {
      kind: 'electron' as const,
      chooseProjectToOpen: async () => null,
      chooseProjectToCreate: async () => null,
      chooseImportPaths: async () => [],
      chooseSavePath: async (purpose: string, format?: string) => path.join(dir, `${purpose}.${format ?? 'sqlite'}`),
      chooseMergeSource: async () => other,
      printToPdf: async (html: string) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7 stand-in');
      },
    };
    const session = new Session({ configDir: path.join(dir, 'config'), importWorker: path.join(dir, 'no-worker.cjs'), projectWorker: WORKER, actor: 'سلمى' });
    const dispatch = createDispatcher(createHandlers(session, shell));
    try {
      await session.open(file);
      expect(await dispatch('export.count', { format: 'csv' })).toEqual({ ok: true, result: { rows: 8 } });
      expect(await dispatch('export.count', { format: 'csv', filters: { speaker: 'غوتيريس' } })).toEqual({ ok: true, result: { rows: 2 } });
      expect(await dispatch('export.count', { format: 'qdc', filters: { speaker: 'غوتيريس' } })).toEqual({ ok: true, result: { rows: 6 } });
      expect(await dispatch('dialog.chooseSavePath', { purpose: 'export', format: 'docx' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      expect(await dispatch('dialog.chooseSavePath', { purpose: 'export', format: 'csv' })).toEqual({ ok: true, result: { path: path.join(dir, 'export.csv') } });
      expect(await dispatch('dialog.chooseMergeSource', {})).toEqual({ ok: true, result: { path: other } });

      const pdf = path.join(dir, 'sheet.pdf');
      expect(await dispatch('export.printPdf', { path: pdf, filters: { theme: 'الحدود' }, lang: 'en' })).toEqual({ ok: true, result: { path: pdf, rows: 2 } });
      expect(fs.readFileSync(pdf, 'utf8')).toBe('%PDF-1.7 stand-in');
      expect(printed[0]).toContain('<html lang="en" dir="ltr">');
      expect(await dispatch('export.printPdf', { path: pdf })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/already exists/) } });

      const merged = await mergeJob(dispatch, { path: other });
      const snapshot = (merged as { ok: true; result: { report: { snapshot: string } } }).result.report.snapshot;
      expect((await dispatch('app.info', {})) as unknown).toMatchObject({ ok: true, result: { project: { articles: 3 } } });
      expect(await dispatch('project.undoMerge', { snapshot })).toMatchObject({ ok: true, result: { path: file, articles: 2 } });
      expect(await dispatch('project.undoMerge', { snapshot: other })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await dispatch('export.count', { format: 'csv' })).toEqual({ ok: true, result: { rows: 8 } });
    } finally {
      await session.close();
    }
  }, 30_000);

  it('while a merge runs, writes are refused with a clear message and reads go on; cancel leaves the project as it was', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notebook.sqlite');
    const db = createProject(file);
    fillNotebook(db);
    closeProject(db);
    const other = path.join(dir, 'big colleague.sqlite');
    const odb = createProject(other);
    fillBigProject(odb, 1500, 4, 'تقرير الزميل');
    closeProject(odb);
    const { session, dispatch } = webDispatcher(dir, { projectWorker: WORKER, actor: 'سلمى' });
    try {
      await session.open(file);
      const started = (await dispatch('project.mergeStart', { path: other })) as { ok: true; result: { jobId: string } };
      const { jobId } = started.result;
      expect(await dispatch('tags.create', { kind: 'theme', name: 'جديد' })).toEqual({
        ok: false, error: { code: 'project_busy', message: 'A merge is running; wait for it to finish (or cancel it), then try again.', reason: 'merge_running' },
      });
      expect(await dispatch('project.mergeStart', { path: other })).toMatchObject({ ok: false, error: { code: 'project_busy' } });
      expect(await dispatch('project.close', {})).toMatchObject({ ok: false, error: { code: 'project_busy' } });
      expect(await dispatch('articles.list', {})).toMatchObject({ ok: true });
      expect(await dispatch('project.mergeCancel', { jobId })).toMatchObject({ ok: true, result: { id: jobId } });
      await session.jobs.merges.wait(jobId);
      expect(await dispatch('project.mergeStatus', { jobId })).toMatchObject({ ok: true, result: { state: 'cancelled', report: null } });
      expect(await dispatch('app.info', {})).toMatchObject({ ok: true, result: { project: { articles: 2 } } });
      expect(await dispatch('tags.create', { kind: 'theme', name: 'جديد' })).toMatchObject({ ok: true });
      expect(fs.readdirSync(dir).sort()).toEqual(['big colleague.sqlite', 'config', 'notebook.sqlite', 'notebook.sqlite-shm', 'notebook.sqlite-wal', 'notebook.sqlite.lock']);
    } finally {
      await session.close();
    }
  }, 60_000);
});

describe('export and share methods without the worker', () => {
  it('web mode: no pickers and no PDF printing, said plainly', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notebook.sqlite');
    closeProject(createProject(file));
    const { session, dispatch } = webDispatcher(dir);
    try {
      await session.open(file);
      expect(await dispatch('dialog.chooseSavePath', { purpose: 'copy' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
      expect(await dispatch('export.printPdf', { path: path.join(dir, 'x.pdf') })).toMatchObject({
        ok: false, error: { code: 'unsupported', message: expect.stringContaining('HTML') },
      });
    } finally {
      await session.close();
    }
  });
});
