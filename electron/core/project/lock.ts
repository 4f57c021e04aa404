/**
 * "Open in another Daftar": a lock file beside the project, `<project>.lock`, holding who
 * has the project open for writing (pid, host, user, since when, and whether it is the app or
 * a command).
 *
 * Why a file and not only SQLite's own locking: SQLite locks per transaction, so two apps
 * could both keep a project open and interleave their writes (each one's undo log and cached
 * views would then be wrong about the file). The lock says "the project is in use" for as long
 * as it is open, and the second Daftar is told so, with who holds it.
 *
 * - Taking it is atomic: the content is written to a private temporary file that is then
 *   hard-linked to the lock's name, which fails if a lock is there (no half-written lock is
 *   ever visible).
 * - A lock whose process is gone (same host, pid not running) is stale: it is removed and
 *   taken. A lock from another host (a shared folder) cannot be checked and is respected; the
 *   message says which file to delete if that Daftar is really gone.
 * - Within one process (two windows, or a session and a command run in-process) the same
 *   project is refused too: the held paths are remembered here.
 * - The import worker, started by the holder, opens the project without the lock: it works
 *   for the holder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DaftarError } from '../../../shared/contract/errors';
import { reasoned } from '../../../shared/contract/reasons';

export interface LockInfo {
  pid: number;
  host: string;
  user: string;
  /** ISO time the lock was taken. */
  since: string;
  /** 'app' (Electron or web mode) or the name of a `daftar` command. */
  by: string;
}

export interface ProjectLock {
  readonly file: string;
  readonly info: LockInfo;
  release(): void;
}

/** Projects this process holds, by lock path: a second holder in the same process is refused. */
const held = new Set<string>();

export function lockPath(projectFile: string): string {
  return `${path.resolve(projectFile)}.lock`;
}

/** Who holds the project now, or null (no lock, or a stale one). Never changes anything. */
export function lockHolder(projectFile: string): LockInfo | null {
  const file = lockPath(projectFile);
  const info = readLock(file);
  if (info === undefined) return null;
  if (info === null) return null; // unreadable: taking it will clear it
  return isStale(info, file) ? null : info;
}

/**
 * Take the lock or throw DaftarError('project_busy') naming who holds it. `by` says what is
 * taking it ('app', 'import', …), for the other side's message.
 */
export function acquireLock(projectFile: string, by: string): ProjectLock {
  const file = lockPath(projectFile);
  if (held.has(file)) throw busy(projectFile, file, readLock(file) ?? null, true);
  const info: LockInfo = { pid: process.pid, host: os.hostname(), user: userName(), since: new Date().toISOString(), by };
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.daftar-tmp`);
  try {
    fs.writeFileSync(tmp, `${JSON.stringify(info)}\n`, { flag: 'wx' });
  } catch (error) {
    const dir = path.dirname(file);
    if (!fs.existsSync(dir)) throw DaftarError.because('invalid_input', 'folder_missing', { file: projectFile, dir });
    throw DaftarError.because('invalid_input', 'lock_cannot_write_beside', { file: projectFile, dir, detail: (error as Error).message });
  }
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        fs.linkSync(tmp, file);
        held.add(file);
        return makeLock(file, info);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw DaftarError.because('invalid_input', 'lock_cannot_mark', { file: projectFile, detail: (error as Error).message });
        }
      }
      const other = readLock(file);
      if (other === undefined) continue; // removed meanwhile: try again
      if (other !== null && !isStale(other, file)) throw busy(projectFile, file, other, false);
      // Stale (its process is gone) or damaged: clear it and try again.
      fs.rmSync(file, { force: true });
    }
    throw busy(projectFile, file, readLock(file) ?? null, false);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function makeLock(file: string, info: LockInfo): ProjectLock {
  let released = false;
  return {
    file,
    info,
    release() {
      if (released) return;
      released = true;
      held.delete(file);
      // Remove only our own lock: never one another process took after ours was cleared.
      const now = readLock(file);
      if (now && now.pid === info.pid && now.host === info.host && now.since === info.since) fs.rmSync(file, { force: true });
    },
  };
}

/** The lock's content; undefined when there is no lock file, null when it cannot be read as one. */
function readLock(file: string): LockInfo | null | undefined {
  let text: string;
  try {
    const stat = fs.lstatSync(file);
    if (!stat.isFile() || stat.size > 4096) return null;
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : null;
  }
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (typeof v.pid !== 'number' || typeof v.host !== 'string' || typeof v.since !== 'string') return null;
    return { pid: v.pid, host: v.host, since: v.since, user: String(v.user ?? ''), by: String(v.by ?? 'app') };
  } catch {
    return null;
  }
}

/**
 * Stale: taken on this host by a process that no longer runs, or carrying our own pid without
 * our holding it (left by an earlier run that had the same pid). Another host's lock is never
 * stale: its process cannot be checked from here.
 */
function isStale(info: LockInfo, file: string): boolean {
  if (info.host !== os.hostname()) return false;
  if (info.pid === process.pid) return !held.has(file);
  return !processRuns(info.pid);
}

function processRuns(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function busy(projectFile: string, file: string, info: LockInfo | null, here: boolean): DaftarError {
  if (here) return DaftarError.because('project_busy', 'lock_here', { file: projectFile });
  if (!info) return DaftarError.because('project_busy', 'lock_elsewhere', { file: projectFile });
  return DaftarError.because('project_busy', 'lock_held', {
    file: projectFile,
    holder: info.by === 'app' ? reasoned('lock_holder_app') : reasoned('lock_holder_command', { command: info.by }),
    pid: info.pid,
    host: info.host,
    user: info.user ? reasoned('lock_holder_user', { user: info.user }) : '',
    since: info.since,
    lock: file,
  });
}

function userName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}
