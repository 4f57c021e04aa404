/**
 * The messages an analyst meets carry a catalogued reason (so the UI can say them in Arabic),
 * and their English is exactly the catalogue's text with the params filled (what the CLI prints).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DaftarError } from '../../shared/contract/errors';
import { createDispatcher } from '../../shared/contract/dispatch';
import type { Handlers } from '../../shared/contract/index';
import { englishOf, type Reasoned } from '../../shared/contract/reasons';
import { makePlainSqlite, tempDir } from '../../tests/fixtures/make-fixtures';
import { closeProject, createProject, openProject } from './db/open';
import { checkDestination } from './export/write-file';
import { mergeProject } from './merge/merge';
import { acquireLock } from './project/lock';

function caught(work: () => unknown): DaftarError {
  try {
    work();
  } catch (error) {
    if (error instanceof DaftarError) return error;
    throw error;
  }
  throw new Error('expected a DaftarError');
}

function expectReason(error: DaftarError, why: Reasoned): void {
  expect({ reason: error.reason, params: error.params }).toEqual({ reason: why.reason, params: why.params });
  expect(error.message).toBe(englishOf(why));
}

describe('core refusals carry their reason', () => {
  it('opening and creating a project', () => {
    const dir = tempDir();
    const plain = makePlainSqlite(path.join(dir, 'plain.sqlite'));
    expectReason(caught(() => openProject(plain)), { reason: 'project_foreign_sqlite', params: { file: plain } });
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'ليس مشروعًا');
    expectReason(caught(() => openProject(text)), { reason: 'project_not_sqlite', params: { file: text } });
    expect(caught(() => openProject(text)).message).toBe(`${text} is not a SQLite database, so not a Daftar project.`);
    const missing = path.join(dir, 'nowhere', 'p.sqlite');
    expectReason(caught(() => createProject(missing)), { reason: 'folder_missing', params: { file: missing, dir: path.dirname(missing) } });
    const project = path.join(dir, 'p.sqlite');
    closeProject(createProject(project));
    expectReason(caught(() => createProject(project)), { reason: 'project_exists', params: { file: project } });
  });

  it('a project open elsewhere (the lock)', () => {
    const project = path.join(tempDir(), 'p.sqlite');
    closeProject(createProject(project));
    const lock = acquireLock(project, 'app');
    try {
      const busy = caught(() => acquireLock(project, 'import'));
      expect(busy.code).toBe('project_busy');
      expect(busy.reason).toBe('lock_here');
      expect(busy.params).toEqual({ file: project });
    } finally {
      lock.release();
    }
  });

  it('export and merge refusals', () => {
    const dir = tempDir();
    const existing = path.join(dir, 'quotes.csv');
    fs.writeFileSync(existing, 'x');
    expectReason(caught(() => checkDestination(existing, false)), { reason: 'write_target_exists', params: { file: existing } });
    expectReason(caught(() => checkDestination(dir, true)), { reason: 'write_target_is_folder', params: { file: dir } });
    const project = path.join(dir, 'p.sqlite');
    const db = createProject(project);
    try {
      expectReason(caught(() => mergeProject(db, project, 'test')), { reason: 'merge_self', params: { file: project } });
    } finally {
      closeProject(db);
    }
  });

  it('a request the contract refuses: the field problem is a reason too, the English as zod said it', async () => {
    const dispatch = createDispatcher({} as Handlers);
    const answer = await dispatch('project.open', { path: '   ' });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'invalid_request',
        message: 'Bad request for project.open (path): a path is needed.',
        reason: 'request_invalid',
        params: { method: 'project.open', field: { reason: 'request_field', params: { field: 'path' } }, problem: { reason: 'request_path_needed' } },
      },
    });
    const unknown = await dispatch('project.explode', {});
    expect(unknown).toMatchObject({ ok: false, error: { reason: 'request_unknown_method', params: { method: 'project.explode' } } });
  });
});
