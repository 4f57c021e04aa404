import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DaftarError } from '../../../shared/contract/errors';
import {
  makeOldProject,
  makePlainSqlite,
  sha256File,
  sideFiles,
  tamper,
  tempDir,
  writeHeaderUInt32,
} from '../../../tests/fixtures/make-fixtures';
import { insertArticle } from '../articles/articles';
import { APPLICATION_ID } from './constants';
import type { WritableDb } from './handles';
import { MIGRATIONS } from './migrations/index';
import {
  closeProject,
  createProject,
  openProject,
  openProjectReadonly,
  probeProject,
  runMigrations,
  SCHEMA_VERSION,
} from './open';

function newProjectFile(name = 'project.sqlite'): string {
  const file = path.join(tempDir(), name);
  closeProject(createProject(file));
  return file;
}

function addArticles(db: WritableDb, n: number): void {
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const text = `خبر ${i}\n\n${'نص تجريبي عن التعاون الدولي. '.repeat(40)}`;
      insertArticle(db, {
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        title: `خبر ${i}`,
        text,
        chars: [...text].length,
        contentHash: `hash-${i}`,
        originalFile: `${i}.txt`,
        encoding: 'utf-8',
        batchId: null,
      });
    }
  })();
}

/** Expect the probe to refuse the file with a message naming it, leaving it byte-for-byte as it was. */
function expectRefused(file: string, message: RegExp, code: DaftarError['code'] = 'project_invalid'): DaftarError {
  const exists = fs.existsSync(file) && fs.statSync(file).isFile();
  const before = exists ? sha256File(file) : null;
  const sidesBefore = sideFiles(file);
  let caught: unknown;
  try {
    probeProject(file);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DaftarError);
  const error = caught as DaftarError;
  expect(error.code).toBe(code);
  expect(error.message).toContain(file);
  expect(error.message).toMatch(message);
  // Opening for reading or writing must refuse the same way, and touch nothing either.
  expect(() => openProject(file)).toThrow(DaftarError);
  expect(() => openProjectReadonly(file)).toThrow(DaftarError);
  if (exists) expect(sha256File(file)).toBe(before);
  expect(sideFiles(file)).toEqual(sidesBefore);
  return error;
}

describe('migrations', () => {
  it('are numbered 1, 2, 3 … in order with no gaps, so SCHEMA_VERSION is also their count', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });
});

describe('createProject', () => {
  it("stamps Daftar's application_id and the current schema version", () => {
    const file = path.join(tempDir(), 'new.sqlite');
    const db = createProject(file);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const meta = db.prepare('SELECT key FROM project_meta ORDER BY key').pluck().all();
    expect(meta).toEqual(expect.arrayContaining(['created_at', 'project_id']));
    closeProject(db);
    expect(probeProject(file)).toEqual({ schemaVersion: SCHEMA_VERSION });
  });

  it('refuses to overwrite an existing file, and leaves it as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(file, 'ملف مهم لا يجوز استبداله');
    const before = sha256File(file);
    expect(() => createProject(file)).toThrow(/already exists; Daftar will not overwrite it/);
    expect(sha256File(file)).toBe(before);
    const project = newProjectFile();
    const projectBefore = sha256File(project);
    expect(() => createProject(project)).toThrow(DaftarError);
    expect(sha256File(project)).toBe(projectBefore);
  });

  it('refuses a folder that does not exist, naming it', () => {
    const file = path.join(tempDir(), 'missing', 'p.sqlite');
    expect(() => createProject(file)).toThrow(/the folder .*missing does not exist/);
    expect(fs.existsSync(path.dirname(file))).toBe(false);
  });
});

describe('openProject and closeProject', () => {
  it('uses WAL while open and leaves one whole file in rollback-journal mode when closed', () => {
    const file = newProjectFile();
    const db = openProject(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    addArticles(db, 3);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    closeProject(db);
    expect(sideFiles(file)).toEqual([]);
    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(raw.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(3);
    } finally {
      raw.close();
    }
    expect(sideFiles(file)).toEqual([]);
  });

  it('refuses to open a project from an older version for writing without consent, leaving it byte-for-byte unchanged', () => {
    const text = 'بيان قديم\n\nأكد الوزير أن التعاون مستمر.\n';
    const file = makeOldProject(path.join(tempDir(), 'old.sqlite'), 2, { id: 'old-1', title: 'بيان قديم', text });
    const before = sha256File(file);
    let caught: unknown;
    try {
      openProject(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'project_outdated', message: expect.stringContaining(`daftar upgrade ${file}`) });
    expect((caught as Error).message).toContain(`schema v2; this Daftar uses v${SCHEMA_VERSION}`);
    expect(sha256File(file)).toBe(before);
    expect(sideFiles(file)).toEqual([]);
  });

  it('upgrades a project from an older version when asked to, keeping its articles', () => {
    const text = 'بيان قديم\n\nأكد الوزير أن التعاون مستمر.\n';
    const file = makeOldProject(path.join(tempDir(), 'old.sqlite'), 1, { id: 'old-1', title: 'بيان قديم', text });
    expect(probeProject(file)).toEqual({ schemaVersion: 1 });
    const db = openProject(file, { upgrade: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.prepare("SELECT text FROM articles WHERE id = 'old-1'").pluck().get()).toBe(text);
    } finally {
      closeProject(db);
    }
    expect(probeProject(file)).toEqual({ schemaVersion: SCHEMA_VERSION });
  });

  it('sets trusted_schema OFF on every connection', () => {
    const file = newProjectFile();
    const writable = openProject(file);
    expect(writable.pragma('trusted_schema', { simple: true })).toBe(0);
    closeProject(writable);
    const readonly = openProjectReadonly(file);
    expect(readonly.readonly).toBe(true);
    expect(readonly.pragma('trusted_schema', { simple: true })).toBe(0);
    closeProject(readonly);
  });

  it('keeps article text immutable while metadata can change', () => {
    const file = newProjectFile();
    const db = openProject(file);
    try {
      addArticles(db, 1);
      expect(() => db.prepare("UPDATE articles SET text = 'نص آخر'").run()).toThrow(/article text is immutable/);
      db.prepare("UPDATE articles SET title = 'عنوان جديد', source = 'وكالة'").run();
      expect(db.prepare('SELECT title FROM articles').pluck().get()).toBe('عنوان جديد');
    } finally {
      closeProject(db);
    }
  });
});

describe('probeProject refuses files that are not sound Daftar projects', () => {
  it('a missing file', () => {
    const file = path.join(tempDir(), 'nowhere.sqlite');
    expectRefused(file, /no such file/, 'invalid_input');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('a folder', () => {
    const dir = path.join(tempDir(), 'folder.sqlite');
    fs.mkdirSync(dir);
    expectRefused(dir, /is a folder, not a project file/);
  });

  it('an empty file', () => {
    const file = path.join(tempDir(), 'empty.sqlite');
    fs.writeFileSync(file, '');
    expectRefused(file, /is empty \(0 bytes\)/);
  });

  it('a text file renamed .sqlite', () => {
    const file = path.join(tempDir(), 'article.sqlite');
    fs.writeFileSync(file, 'مجلس الأمن يدعو إلى تعاون دولي أوسع\n\n'.repeat(20));
    expectRefused(file, /is not a SQLite database/);
  });

  it("a SQLite file without Daftar's application_id", () => {
    const file = makePlainSqlite(path.join(tempDir(), 'not-a-project.sqlite'));
    expectRefused(file, /is a SQLite database but not a Daftar project/);
  });

  it('a Daftar file from a newer version (user_version in the header from the future)', () => {
    const file = newProjectFile();
    writeHeaderUInt32(file, 60, SCHEMA_VERSION + 1);
    const error = expectRefused(file, /was made by a newer Daftar/);
    expect(error.message).toContain(`schema v${SCHEMA_VERSION + 1}`);
  });

  it('a Daftar file with no schema version at all', () => {
    const file = newProjectFile();
    writeHeaderUInt32(file, 60, 0);
    expectRefused(file, /has no Daftar schema/);
  });

  it.each([
    ['trigger', "CREATE TRIGGER spy AFTER INSERT ON articles BEGIN DELETE FROM project_meta; END"],
    ['view', 'CREATE VIEW everything AS SELECT * FROM articles'],
    ['table', 'CREATE TABLE extra (x TEXT)'],
    ['index', 'CREATE INDEX articles_by_author ON articles(author)'],
  ])('a Daftar file with an extra %s (schema guard)', (kind, sql) => {
    const file = newProjectFile();
    tamper(file, (db) => db.exec(sql));
    expectRefused(file, new RegExp(`has a schema Daftar did not make: unexpected ${kind} "`));
  });

  it('a Daftar file whose trigger was changed', () => {
    const file = newProjectFile();
    tamper(file, (db) => {
      db.exec('DROP TRIGGER articles_text_immutable');
      db.exec('CREATE TRIGGER articles_text_immutable BEFORE UPDATE OF text ON articles BEGIN SELECT 1; END');
    });
    expectRefused(file, /trigger "articles_text_immutable" differs from Daftar's schema/);
  });

  it('a truncated project', () => {
    const file = newProjectFile();
    const db = openProject(file);
    addArticles(db, 60);
    closeProject(db);
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(40_000);
    fs.truncateSync(file, Math.floor(size / 2 / 4096) * 4096);
    expectRefused(file, /is damaged|cannot be (read|opened)/);
  });

  it('a project with garbage written over its pages', () => {
    const file = newProjectFile();
    const db = openProject(file);
    addArticles(db, 60);
    closeProject(db);
    const fd = fs.openSync(file, 'r+');
    // Pages 2..5 hold the schema's tables; overwrite them with a pattern that is no b-tree.
    fs.writeSync(fd, Buffer.alloc(4096 * 4, 0xa5), 0, 4096 * 4, 4096);
    fs.closeSync(fd);
    expectRefused(file, /is damaged|cannot be (read|opened)/);
  });
});

describe('runMigrations', () => {
  const failing = { version: SCHEMA_VERSION + 1, name: 'broken', sql: 'CREATE TABLE half_done (x TEXT); SELECT * FROM no_such_table;' };

  it('runs every pending migration and sets user_version to the last one', () => {
    const db = new Database(':memory:') as WritableDb;
    const next = { version: SCHEMA_VERSION + 1, name: 'next', sql: 'CREATE TABLE later (x TEXT) STRICT;' };
    runMigrations(db, [...MIGRATIONS, next]);
    expect(db.pragma('user_version', { simple: true })).toBe(next.version);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('articles', 'later') ORDER BY name").pluck().all()).toEqual(['articles', 'later']);
    runMigrations(db, [...MIGRATIONS, next]); // nothing pending: nothing runs again
    db.close();
  });

  it('runs them in one transaction: a failing migration leaves schema and user_version as they were', () => {
    const db = new Database(':memory:') as WritableDb;
    expect(() => runMigrations(db, [...MIGRATIONS, failing])).toThrow(/no such table/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
    db.close();
  });

  it('a failing upgrade of a project file leaves the file at its version', () => {
    const file = newProjectFile();
    const db = new Database(file) as WritableDb;
    try {
      expect(() => runMigrations(db, [...MIGRATIONS, failing])).toThrow(/no such table/);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    expect(probeProject(file).schemaVersion).toBe(SCHEMA_VERSION);
  });
});
