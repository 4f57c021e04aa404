import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DaftarError } from '../../../shared/contract/errors';
import { APPLICATION_ID, MAX_PROJECT_BYTES } from './constants';
import type { ReadonlyDb, WritableDb, AnyDb } from './handles';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations/index';
import { openSqlite } from './native';
import { schemaProblems } from './schema';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface ProbeResult {
  schemaVersion: number;
}

/**
 * Look at a project file without changing it: file-level checks, then a read-only SQLite
 * connection with trusted_schema off. Throws DaftarError('project_invalid') naming the file
 * and the problem. Only a file that passes is ever opened for writing.
 */
export function probeProject(file: string): ProbeResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw DaftarError.because('invalid_input', 'file_missing', { file });
  }
  if (stat.isDirectory()) throw invalid('project_is_folder', file);
  if (stat.size === 0) throw invalid('project_empty', file);
  if (stat.size > MAX_PROJECT_BYTES) throw DaftarError.because('project_invalid', 'project_too_large', { file, size: Math.round(stat.size / 1024 ** 3) });
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.subarray(0, 16).equals(SQLITE_HEADER)) throw invalid('project_not_sqlite', file);
  if (header.readUInt32BE(68) !== APPLICATION_ID) {
    throw invalid('project_foreign_sqlite', file);
  }
  const version = header.readUInt32BE(60);
  if (version > SCHEMA_VERSION) {
    throw DaftarError.because('project_invalid', 'project_newer', { file, version, supported: SCHEMA_VERSION });
  }
  if (version < 1) throw invalid('project_no_schema', file);

  let db: ReadonlyDb;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true }) as ReadonlyDb;
  } catch (error) {
    throw DaftarError.because('project_invalid', 'project_cannot_open', { file, detail: (error as Error).message });
  }
  try {
    hardenConnection(db);
    const appId = db.pragma('application_id', { simple: true }) as number;
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw invalid('project_not_daftar', file);
    if (userVersion > SCHEMA_VERSION) throw DaftarError.because('project_invalid', 'project_newer_short', { file, version: userVersion });
    const quick = db.pragma('quick_check', { simple: true }) as string;
    if (quick !== 'ok') throw DaftarError.because('project_invalid', 'project_damaged', { file, detail: quick });
    const problems = schemaProblems(db, userVersion);
    if (problems.length) throw DaftarError.because('project_invalid', 'project_foreign_schema', { file, detail: problems.slice(0, 3).join('; ') });
    return { schemaVersion: userVersion };
  } catch (error) {
    if (error instanceof DaftarError) throw error;
    throw DaftarError.because('project_invalid', 'project_unreadable', { file, detail: (error as Error).message });
  } finally {
    db.close();
  }
}

/**
 * The schema version in the file's header when it is a Daftar project's header, else null —
 * a cheap look (100 bytes, no SQLite) for deciding early that a project is older than this
 * Daftar; everything else is left to probeProject.
 */
export function headerSchemaVersion(file: string): number | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  const header = Buffer.alloc(100);
  try {
    if (fs.readSync(fd, header, 0, 100, 0) < 100) return null;
  } finally {
    fs.closeSync(fd);
  }
  if (!header.subarray(0, 16).equals(SQLITE_HEADER) || header.readUInt32BE(68) !== APPLICATION_ID) return null;
  return header.readUInt32BE(60);
}

/** Settings every connection gets, read-only or not. */
function hardenConnection(db: AnyDb): void {
  // Never run functions or virtual tables named in the file's schema with elevated trust.
  db.pragma('trusted_schema = OFF');
  db.defaultSafeIntegers(false);
}

function configureWritable(db: WritableDb): void {
  hardenConnection(db);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Savepoints inside a transaction (an article inserted with its index entry, within an
  // import batch) journal the pages they touch; in memory rather than in a temp file, that
  // is a copy instead of a write. A savepoint's journal holds one article's pages.
  db.pragma('temp_store = MEMORY');
}

/** Create a new, empty project. Refuses to overwrite anything. */
export function createProject(file: string): WritableDb {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw DaftarError.because('invalid_input', 'folder_missing', { file, dir });
  if (fs.existsSync(file)) throw DaftarError.because('invalid_input', 'project_exists', { file });
  const db = openSqlite(file, {}) as WritableDb;
  try {
    configureWritable(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db);
    const now = new Date().toISOString();
    const put = db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?)');
    db.transaction(() => {
      put.run('project_id', randomUUID());
      put.run('created_at', now);
    })();
    // In WAL mode page 1 (application_id, user_version) would stay in the -wal file, and
    // probeProject, which reads the raw header first, would refuse the new project when a
    // second connection (the import worker) opens it while this one is still open.
    db.pragma('wal_checkpoint(TRUNCATE)');
    return db;
  } catch (error) {
    db.close();
    fs.rmSync(file, { force: true });
    for (const ext of ['-wal', '-shm']) fs.rmSync(file + ext, { force: true });
    throw error;
  }
}

export interface OpenOptions {
  /**
   * Migrate a project from an older Daftar in place. Only with the analyst's consent
   * (`daftar upgrade --in-place`, or a copy Daftar has just made for upgrading): without it an
   * older project is refused with 'project_outdated' and left byte-for-byte as it was.
   */
  upgrade?: boolean;
  /** The probe already ran (on a worker, under a deadline): its result, so it is not run again here. */
  probed?: ProbeResult;
}

/** Open an existing project for writing, after the read-only probe has passed. */
export function openProject(file: string, options: OpenOptions = {}): WritableDb {
  const probe = options.probed ?? probeProject(file);
  if (probe.schemaVersion < SCHEMA_VERSION && !options.upgrade) throw outdated(file, probe.schemaVersion);
  let db: WritableDb;
  try {
    db = openSqlite(file, { fileMustExist: true }) as WritableDb;
  } catch (error) {
    throw DaftarError.because('project_invalid', 'project_cannot_open_writing', { file, detail: (error as Error).message });
  }
  try {
    configureWritable(db);
    if (probe.schemaVersion < SCHEMA_VERSION) migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DaftarError) throw error;
    throw DaftarError.because('project_invalid', 'project_cannot_open', { file, detail: (error as Error).message });
  }
}

/** Open an existing project read-only (for `check`, `articles`, `show`): never writes. */
export function openProjectReadonly(file: string): ReadonlyDb {
  probeProject(file);
  const db = openSqlite(file, { readonly: true, fileMustExist: true }) as ReadonlyDb;
  hardenConnection(db);
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * Close so that what is left is one whole file: fold the WAL back into the database and
 * switch back to a rollback journal, so no -wal/-shm file stays beside it and the file can
 * be copied or mailed as it is.
 */
export function closeProject(db: AnyDb): void {
  if (!db.open) return;
  if (!db.readonly) {
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma('journal_mode = DELETE');
    } catch {
      // Another connection still has the file open (e.g. an import worker); SQLite's own
      // close will checkpoint when the last connection goes.
    }
  }
  db.close();
}

/** Run every migration newer than the file's version, all in one transaction. */
export function migrate(db: WritableDb): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) throw DaftarError.because('project_invalid', 'project_newer_migrate', { version: current });
  runMigrations(db, MIGRATIONS);
}

/**
 * Run the migrations in `list` newer than the file's user_version, and set user_version to
 * the last one's, in one transaction: if any fails, the file keeps its old schema and version.
 * Separate from `migrate` so tests can run a list with a failing migration.
 */
export function runMigrations(db: WritableDb, list: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = list.filter((m) => m.version > current);
  if (!pending.length) return;
  const target = pending[pending.length - 1].version;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      // A data step (e.g. building the search index for existing rows) in the same transaction.
      m.run?.(db);
    }
    db.pragma(`user_version = ${target}`);
  }).immediate();
}

/** The refusal of an older project, naming the command that upgrades it. */
export function outdated(file: string, version: number): DaftarError {
  return DaftarError.because('project_outdated', 'project_outdated', { file, version, supported: SCHEMA_VERSION });
}

/** A refusal of a file that is not a Daftar project Daftar can open (nothing was changed). */
function invalid(reason: 'project_is_folder' | 'project_empty' | 'project_not_sqlite' | 'project_foreign_sqlite' | 'project_no_schema' | 'project_not_daftar', file: string): DaftarError {
  return DaftarError.because('project_invalid', reason, { file });
}

export { SCHEMA_VERSION };
