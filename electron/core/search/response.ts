/**
 * What every search scope shares: prepared statements per connection, the notes in both
 * forms (codes for the UI, English for the CLI), and the guard that keeps SQL errors away
 * from the analyst.
 */
import type Database from 'better-sqlite3';
import { DaftarError } from '../../../shared/contract/errors';
import type { SearchNote } from '../../../shared/contract/search';
import { explainNotes, note, type QueryNote } from '../../../shared/search/notes';
import type { ParsedQuery } from '../../../shared/search/query';
import type { AnyDb } from '../db/handles';

const cache = new WeakMap<AnyDb, Map<string, Database.Statement>>();

/** Prepared statements per connection: the SQL varies only with the filters' shape. */
export function statement(db: AnyDb, sql: string): Database.Statement {
  let map = cache.get(db);
  if (!map) cache.set(db, (map = new Map()));
  let s = map.get(sql);
  if (!s) {
    s = db.prepare(sql);
    if (map.size > 200) map.clear();
    map.set(sql, s);
  }
  return s;
}

/** The notes for the UI (codes) and the CLI (English). */
export function explain(notes: QueryNote[]): { notes: SearchNote[]; explanation?: string } {
  const explanation = explainNotes(notes);
  return { notes, ...(explanation ? { explanation } : {}) };
}

/** FTS5 errors must never reach the analyst as SQL; the compiler should make them impossible. */
export function guarded<T>(query: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DaftarError) throw error;
    const message = (error as Error).message ?? String(error);
    if (/fts5|MATCH|syntax/i.test(message)) {
      throw DaftarError.because('invalid_input', 'search_failed', { query: query.slice(0, 80) });
    }
    throw error;
  }
}

/** Why a query with nothing positive found nothing (the caller found no filter to list by). */
export function emptyQueryNotes(query: string, parsed: ParsedQuery, notes: QueryNote[]): void {
  if (parsed.none.length > 0) notes.push(note('only_excluded'));
  else if (query.trim() !== '' && notes.length === 0) notes.push(note('nothing_to_search'));
}

/**
 * Something in the project may have changed since `stamp` was read: a write on this connection
 * (total_changes) or a commit by another one (data_version). Reading both costs two tiny
 * statements, so caches of what the tables hold can be checked before every search.
 */
export function changeStamp(db: AnyDb): string {
  return `${String(db.pragma('data_version', { simple: true }))}:${String(statement(db, 'SELECT total_changes()').pluck().get())}`;
}
