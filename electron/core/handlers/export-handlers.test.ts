/** 'export.quotes', 'project.saveCopy' and 'project.merge' through the dispatcher, as the UI will call them. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../shared/contract/dispatch';
import { tempDir } from '../../../tests/fixtures/make-fixtures';
import { closeProject, createProject, probeProject } from '../db/open';
import { fillNotebook, insertFixtureArticle } from '../export/notebook-fixture';
import { Session } from '../project/session';
import { createHandlers } from './index';

describe('export and share methods', () => {
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
    const session = new Session({ configDir: path.join(dir, 'config'), importWorker: path.join(dir, 'no-worker.cjs'), actor: 'سلمى' });
    const shell = { kind: 'web' as const, chooseProjectToOpen: async () => null, chooseProjectToCreate: async () => null, chooseImportPaths: async () => [] };
    const dispatch = createDispatcher(createHandlers(session, shell));
    try {
      const out = path.join(dir, 'quotes.xlsx');
      expect(await dispatch('export.quotes', { format: 'xlsx', path: out })).toMatchObject({ ok: false, error: { code: 'no_project' } });
      await session.open(file);
      expect(await dispatch('export.quotes', { format: 'xlsx', path: out, filters: { theme: 'الأمن' }, lang: 'en' })).toEqual({
        ok: true, result: { path: out, rows: 2 },
      });
      expect(await dispatch('export.quotes', { format: 'xlsx', path: out })).toMatchObject({
        ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/already exists/) },
      });
      expect(await dispatch('export.quotes', { format: 'pdf', path: out })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      expect(await dispatch('export.quotes', { format: 'csv', path: out, filters: { from: 'March' } })).toMatchObject({
        ok: false, error: { code: 'invalid_request' },
      });
      const copy = path.join(dir, 'copy.sqlite');
      expect(await dispatch('project.saveCopy', { path: copy })).toEqual({ ok: true, result: { path: copy } });
      expect(probeProject(copy).schemaVersion).toBeGreaterThan(0);
      const merged = await dispatch('project.merge', { path: other });
      expect(merged).toMatchObject({ ok: true, result: { articles: { added: 1, matched: 0 }, notes: { conflicts: [] } } });
      expect(fs.existsSync((merged as { ok: true; result: { snapshot: string } }).result.snapshot)).toBe(true);
      expect(await dispatch('project.merge', { path: path.join(dir, 'missing.sqlite') })).toMatchObject({
        ok: false, error: { message: expect.stringMatching(/no such file/) },
      });
    } finally {
      await session.close();
    }
  });

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
    const session = new Session({ configDir: path.join(dir, 'config'), importWorker: path.join(dir, 'no-worker.cjs'), actor: 'سلمى' });
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

      const merged = await dispatch('project.merge', { path: other });
      const snapshot = (merged as { ok: true; result: { snapshot: string } }).result.snapshot;
      expect((await dispatch('app.info', {})) as unknown).toMatchObject({ ok: true, result: { project: { articles: 3 } } });
      expect(await dispatch('project.undoMerge', { snapshot })).toMatchObject({ ok: true, result: { path: file, articles: 2 } });
      expect(await dispatch('project.undoMerge', { snapshot: other })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await dispatch('export.count', { format: 'csv' })).toEqual({ ok: true, result: { rows: 8 } });
    } finally {
      await session.close();
    }
  });

  it('web mode: no pickers and no PDF printing, said plainly', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notebook.sqlite');
    closeProject(createProject(file));
    const session = new Session({ configDir: path.join(dir, 'config'), importWorker: path.join(dir, 'no-worker.cjs') });
    const shell = { kind: 'web' as const, chooseProjectToOpen: async () => null, chooseProjectToCreate: async () => null, chooseImportPaths: async () => [] };
    const dispatch = createDispatcher(createHandlers(session, shell));
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
