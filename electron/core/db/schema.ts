import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index';
import type { AnyDb } from './handles';

export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const cache = new Map<number, Map<string, SchemaObject>>();

/** What sqlite_master must hold at a given schema version: built by running the migrations. */
export function expectedSchema(version: number): Map<string, SchemaObject> {
  const cached = cache.get(version);
  if (cached) return cached;
  const db = new Database(':memory:');
  try {
    for (const m of MIGRATIONS.filter((m) => m.version <= version)) db.exec(m.sql);
    const map = new Map(readSchema(db as unknown as AnyDb).map((o) => [key(o), o]));
    cache.set(version, map);
    return map;
  } finally {
    db.close();
  }
}

export function readSchema(db: AnyDb): SchemaObject[] {
  return db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as SchemaObject[];
}

function key(o: SchemaObject): string {
  return `${o.type}:${o.name}`;
}

function normalizeSql(sql: string | null): string {
  return (sql ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Compare a file's schema with the expected one. Anything extra (a trigger or view someone
 * added), missing or changed is a problem: such a file could run code when we write to it.
 */
export function schemaProblems(db: AnyDb, version: number): string[] {
  const expected = expectedSchema(version);
  const actual = readSchema(db);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const o of actual) {
    const k = key(o);
    seen.add(k);
    const e = expected.get(k);
    if (!e) problems.push(`unexpected ${o.type} "${o.name}" (not part of Daftar's schema v${version})`);
    else if (normalizeSql(e.sql) !== normalizeSql(o.sql)) problems.push(`${o.type} "${o.name}" differs from Daftar's schema v${version}`);
  }
  for (const [k, e] of expected) if (!seen.has(k)) problems.push(`missing ${e.type} "${e.name}"`);
  return problems;
}

/**
 * Whether the file has a table. Read-only commands open older projects without migrating
 * them, so a feature's table (e.g. highlights, from schema v3) may not be there yet.
 */
export function hasTable(db: AnyDb, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}
