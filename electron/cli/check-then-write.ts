import type { AnyDb, WritableDb } from '../core/db/handles';
import { closeProject, openProject, openProjectReadonly } from '../core/db/open';
import { withProjectLock } from './write-lock';

/**
 * Run every check of a writing command on a read-only handle first, and open the project
 * for writing only when they pass: a refused command (a quote not in the article, an unknown
 * speaker, a duplicate name) leaves the file byte-for-byte as it was. A project from an older
 * Daftar is refused by openProject ('project_outdated', exit 2) before anything is written.
 */
export function checkThenWrite<P, R>(file: string, check: (db: AnyDb) => P, write: (db: WritableDb, plan: P) => R, by = 'write'): R {
  // Under the project's lock from the check to the write: the app cannot change it between them.
  return withProjectLock(file, by, () => checkThenWriteLocked(file, check, write));
}

function checkThenWriteLocked<P, R>(file: string, check: (db: AnyDb) => P, write: (db: WritableDb, plan: P) => R): R {
  const ro = openProjectReadonly(file);
  let plan: P;
  try {
    plan = check(ro);
  } finally {
    closeProject(ro);
  }
  const db = openProject(file);
  try {
    return write(db, plan);
  } finally {
    closeProject(db);
  }
}
