/**
 * Upgrading a project made by an older Daftar, with consent and without touching the original:
 * `upgradeCopy` writes "<name> (upgraded).sqlite" beside it (the app's "Upgrade a copy" and
 * `daftar upgrade P`); `upgradeInPlace` migrates the file itself (`daftar upgrade P --in-place`).
 *
 * The copy is taken from a read-only connection with VACUUM INTO (a consistent snapshot that
 * keeps application_id and user_version), migrated under a temporary name, switched to a
 * rollback journal, probed, and only then given its name: a failure leaves nothing behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DaftarError } from '../../../shared/contract/errors';
import type { WritableDb } from '../db/handles';
import { openSqlite } from '../db/native';
import { closeProject, migrate, openProject, openProjectReadonly, probeProject, SCHEMA_VERSION } from '../db/open';
import { checkDestination, temporaryName } from '../export/write-file';

export interface UpgradeResult {
  /** The upgraded file (the copy, or the project itself with --in-place). */
  path: string;
  from: number;
  to: number;
}

/** "notes.sqlite" → "notes (upgraded).sqlite", then "(upgraded 2)", … for a name not taken yet. */
export function upgradedCopyName(file: string): string {
  const abs = path.resolve(file);
  const ext = path.extname(abs) || '.sqlite';
  const stem = path.join(path.dirname(abs), path.basename(abs, path.extname(abs)));
  for (let n = 1; n < 1000; n++) {
    const candidate = `${stem} (upgraded${n === 1 ? '' : ` ${n}`})${ext}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
  throw DaftarError.because('invalid_input', 'upgrade_too_many_copies', { file });
}

/** Write an upgraded copy of an older project; the original is only read. */
export function upgradeCopy(file: string, dest?: string): UpgradeResult {
  const source = path.resolve(file);
  const { schemaVersion: from } = probeProject(source);
  if (from >= SCHEMA_VERSION) {
    throw DaftarError.because('invalid_input', 'upgrade_not_needed', { file, version: SCHEMA_VERSION });
  }
  const target = path.resolve(dest ?? upgradedCopyName(source));
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw DaftarError.because('invalid_input', 'folder_missing', { file: target, dir });
  checkDestination(target, false);
  if (target === source) throw DaftarError.because('invalid_input', 'upgrade_target_is_project', { file: target });
  const tmp = temporaryName(target);
  try {
    const ro = openProjectReadonly(source);
    try {
      // The path is bound as a parameter, never spliced into the SQL.
      ro.prepare('VACUUM INTO ?').run(tmp);
    } finally {
      closeProject(ro);
    }
    const copy = openSqlite(tmp, { fileMustExist: true }) as WritableDb;
    try {
      copy.pragma('trusted_schema = OFF');
      copy.pragma('foreign_keys = ON');
      migrate(copy);
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const fd = fs.openSync(tmp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    probeProject(tmp);
    fs.linkSync(tmp, target); // fails rather than replace a file that appeared meanwhile
    return { path: target, from, to: SCHEMA_VERSION };
  } catch (error) {
    if (error instanceof DaftarError) throw error;
    throw DaftarError.because('invalid_input', 'upgrade_failed', { file, detail: (error as Error).message });
  } finally {
    for (const f of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
  }
}

/** Migrate the project itself (the analyst asked for it). All migrations run in one transaction. */
export function upgradeInPlace(file: string): UpgradeResult {
  const { schemaVersion: from } = probeProject(file);
  const db = openProject(file, { upgrade: true });
  closeProject(db);
  return { path: path.resolve(file), from, to: SCHEMA_VERSION };
}
