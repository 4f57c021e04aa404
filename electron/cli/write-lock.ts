import fs from 'node:fs';
import type { WritableDb } from '../core/db/handles';
import { closeProject, headerSchemaVersion, openProject, outdated, probeProject, SCHEMA_VERSION } from '../core/db/open';
import { acquireLock } from '../core/project/lock';

/**
 * Hold the project's lock (project/lock.ts) while `work` runs: a project the app (or another
 * command) has open is refused with exit 2 and a message saying who holds it, before anything
 * is read or written. Commands that only read never take it.
 */
export function withProjectLock<R>(file: string, by: string, work: () => R, options: { allowOutdated?: boolean } = {}): R {
  checkWritable(file, options.allowOutdated ?? false);
  // A missing file gets its own message from the probe, not a lock beside nothing.
  if (!fs.existsSync(file)) probeProject(file);
  const lock = acquireLock(file, by);
  try {
    return work();
  } finally {
    lock.release();
  }
}

/** withProjectLock around an async piece of work (import). */
export async function withProjectLockAsync<R>(file: string, by: string, work: () => Promise<R>): Promise<R> {
  checkWritable(file, false);
  if (!fs.existsSync(file)) probeProject(file);
  const lock = acquireLock(file, by);
  try {
    return await work();
  } finally {
    lock.release();
  }
}

/** Open the project for writing under its lock, run `work`, close and release. */
export function withWritableProject<R>(file: string, by: string, work: (db: WritableDb) => R): R {
  return withProjectLock(file, by, () => {
    const db = openProject(file);
    try {
      return work(db);
    } finally {
      closeProject(db);
    }
  });
}

/**
 * Before the lock, from the header alone (the full probe follows when the command opens the
 * project): a project from an older Daftar is refused ('project_outdated', naming `daftar
 * upgrade`) before any command reads it expecting today's schema. Anything that is not a
 * Daftar header is left to that probe, which names the problem.
 */
function checkWritable(file: string, allowOutdated: boolean): void {
  const version = headerSchemaVersion(file);
  if (version !== null && version >= 1 && version < SCHEMA_VERSION && !allowOutdated) throw outdated(file, version);
}
