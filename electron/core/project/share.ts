/**
 * "Save a copy for sharing": one compact, self-contained .sqlite file that opens anywhere.
 *
 * VACUUM INTO writes a fresh, defragmented copy of the open project (a consistent snapshot,
 * even while the project is in WAL mode with uncommitted readers). The copy goes to a
 * temporary name in the destination folder, is switched to a rollback journal (so no -wal or
 * -shm file is ever needed beside it), checked with probeProject, and only then renamed to
 * the name the analyst chose. Nothing but that one file is left behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DaftarError } from '../../../shared/contract/errors';
import type { AnyDb } from '../db/handles';
import { openSqlite } from '../db/native';
import { probeProject } from '../db/open';
import { checkDestination, temporaryName } from '../export/write-file';

export function saveShareCopy(db: AnyDb, dest: string, options: { overwrite?: boolean } = {}): { path: string } {
  const target = path.resolve(dest);
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw DaftarError.because('invalid_input', 'folder_missing', { file: dest, dir });
  checkDestination(dest, options.overwrite ?? false);
  if (db.name && path.resolve(db.name) === target) {
    throw DaftarError.because('invalid_input', 'copy_is_project', { file: dest });
  }
  const tmp = temporaryName(target);
  try {
    // The path is bound as a parameter, never spliced into the SQL.
    db.prepare('VACUUM INTO ?').run(tmp);
    const copy = openSqlite(tmp, { fileMustExist: true });
    try {
      // VACUUM INTO keeps the source's WAL flag in the header; a shared file must not need one.
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.closeSync(syncFile(tmp));
    probeProject(tmp);
    fs.renameSync(tmp, target);
    return { path: target };
  } catch (error) {
    for (const f of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
    if (error instanceof DaftarError) throw error;
    throw DaftarError.because('invalid_input', 'copy_failed', { file: dest, detail: (error as Error).message });
  }
}

/** Flush the copy to disk before it gets its real name. Returns the descriptor to close. */
function syncFile(file: string): number {
  const fd = fs.openSync(file, 'r+');
  fs.fsyncSync(fd);
  return fd;
}
