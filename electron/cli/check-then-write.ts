import type { AnyDb, WritableDb } from '../core/db/handles';
import { closeProject, openProject, openProjectReadonly } from '../core/db/open';

/**
 * Run every check of a writing command on a read-only handle first, and open the project
 * for writing only when they pass: a refused command (a quote not in the article, an unknown
 * speaker, a duplicate name) leaves the file byte-for-byte as it was.
 */
export function checkThenWrite<P, R>(file: string, check: (db: AnyDb) => P, write: (db: WritableDb, plan: P) => R): R {
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
