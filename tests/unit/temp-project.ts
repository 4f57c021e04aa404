import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach } from 'vitest';
import { insertArticle } from '../../electron/core/articles/articles';
import type { WritableDb } from '../../electron/core/db/handles';
import { closeProject, createProject } from '../../electron/core/db/open';
import { contentHash } from '../../electron/core/import/import-files';
import { codePointLength } from '../../shared/text/codepoints';

const dirs: string[] = [];
const open: WritableDb[] = [];

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) closeProject(db);
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A temp folder removed after the test. */
export function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-test-'));
  dirs.push(d);
  return d;
}

/** A new project on a real temp file, closed after the test. */
export function tempProject(): { db: WritableDb; file: string } {
  const file = path.join(tempDir(), 'project.sqlite');
  const db = createProject(file);
  open.push(db);
  return { db, file };
}

/** Insert an article directly (the importer has its own tests). */
export function addArticle(db: WritableDb, text: string, title = text.split('\n')[0]!): string {
  const id = randomUUID();
  insertArticle(db, { id, title, text, chars: codePointLength(text), contentHash: contentHash(text), originalFile: `${title}.txt`, encoding: 'utf-8', batchId: null });
  return id;
}
