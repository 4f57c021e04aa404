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
});
