/**
 * Undo, redo and provenance for everything the analyst does to annotations and tags.
 *
 * A change is recorded as row images: for each row it touches, the row before and after
 * (null when absent). Undo writes the before images back, redo the after images, inside one
 * transaction with foreign keys checked at commit. This works for every table the same way,
 * so a new kind of change needs no new undo code — only `track` calls before it writes.
 */
import { randomUUID } from 'node:crypto';
import { DaftarError } from '../../../shared/contract/errors';
import { ARTICLE_META_COLUMNS, reindexArticle } from '../articles/articles';
import type { HistoryChanges } from '../../../shared/contract/annotations';
import type { AnyDb, WritableDb } from '../db/handles';
import { describeChanges } from './changed';

/** Tables whose rows operations may change, with their primary-key columns. */
const TABLES = {
  tags: ['id'],
  tag_aliases: ['tag_id', 'alias_norm'],
  highlights: ['id'],
  highlight_themes: ['highlight_id', 'tag_id'],
  notes: ['id'],
  suggestion_rejections: ['article_id', 'start_cp', 'end_cp', 'text_hash'],
  articles: ['id'],
} as const;

/**
 * Tables an operation changes only in part: just these columns are imaged, and restored by
 * UPDATE. An article's metadata is editable but its text is immutable (a trigger refuses any
 * write to it) and far too large to copy into the log; operations never add or remove articles.
 */
const PARTIAL: Partial<Record<TrackedTable, readonly string[]>> = { articles: ARTICLE_META_COLUMNS };

/** What must follow a restored row: an article's title is in the search index. */
const AFTER_RESTORE: Partial<Record<TrackedTable, (db: WritableDb, key: Row) => void>> = {
  articles: (db, key) => reindexArticle(db, String(key.id)),
};

export type TrackedTable = keyof typeof TABLES;
type Row = Record<string, unknown>;

interface Change {
  table: TrackedTable;
  key: Row;
  before: Row | null;
  after: Row | null;
}

export interface OperationSummary {
  id: string;
  label: string;
  actor: string;
  at: string;
}

/** An undo or redo that was done: the operation, and what it changed (for the UI to refresh just that). */
export interface SteppedOperation extends OperationSummary {
  changed: HistoryChanges;
}

export class ChangeRecorder {
  private readonly changes = new Map<string, Change>();
  constructor(private readonly db: WritableDb) {}

  /** Call before writing a row (or before writing where a row may appear). */
  track(table: TrackedTable, key: Row): void {
    const k = `${table}:${JSON.stringify(TABLES[table].map((c) => key[c]))}`;
    if (this.changes.has(k)) return;
    this.changes.set(k, { table, key: pick(key, TABLES[table]), before: readRow(this.db, table, key), after: null });
  }

  /** Track every row of `table` matching a column value (e.g. a highlight's themes). */
  trackWhere(table: TrackedTable, column: string, value: unknown): void {
    assertColumn(column);
    const rows = this.db.prepare(`SELECT * FROM ${table} WHERE ${column} = ?`).all(value) as Row[];
    for (const row of rows) this.track(table, row);
  }

  finish(): Change[] {
    const out: Change[] = [];
    for (const c of this.changes.values()) {
      c.after = readRow(this.db, c.table, c.key);
      if (JSON.stringify(c.before) !== JSON.stringify(c.after)) out.push(c);
    }
    return out;
  }
}

/** The operation being recorded on a handle, so operations started inside it join it. */
const open = new WeakMap<WritableDb, ChangeRecorder>();

/**
 * Run `work` as one undoable operation: one transaction that writes the rows and the
 * operation log entry together, so a crash leaves both or neither. Called inside another
 * operation's `work` (accepting a suggestion creates a speaker, then the highlight), it joins
 * that operation: one Ctrl+Z takes back the whole user action.
 */
export function recordOperation<T>(db: WritableDb, label: string, actor: string, work: (rec: ChangeRecorder) => T): T {
  const outer = open.get(db);
  if (outer) return db.transaction(() => work(outer))();
  return db.transaction(() => {
    const rec = new ChangeRecorder(db);
    open.set(db, rec);
    let result: T;
    try {
      result = work(rec);
    } finally {
      open.delete(db);
    }
    const changes = rec.finish();
    if (changes.length) {
      // A new change makes the undone ones unreachable, as in every editor.
      db.prepare("UPDATE operations SET state = 'discarded' WHERE state = 'undone'").run();
      db.prepare('INSERT INTO operations (id, label, actor, at, changes, state) VALUES (?, ?, ?, ?, ?, ?)').run(
        randomUUID(), label, actor, new Date().toISOString(), JSON.stringify(changes), 'done',
      );
    }
    return result;
  }).immediate();
}

export function undo(db: WritableDb): SteppedOperation | null {
  return db.transaction(() => {
    const op = db.prepare("SELECT * FROM operations WHERE state = 'done' ORDER BY seq DESC LIMIT 1").get() as OpRow | undefined;
    if (!op) return null;
    const changes = JSON.parse(op.changes) as Change[];
    // Described before the rows are written back: a quote the step removes is still there to name its article.
    const changed = describeChanges(db, changes);
    apply(db, changes, 'before');
    db.prepare("UPDATE operations SET state = 'undone' WHERE seq = ?").run(op.seq);
    return { ...summary(op), changed };
  }).immediate();
}

export function redo(db: WritableDb): SteppedOperation | null {
  return db.transaction(() => {
    const op = db.prepare("SELECT * FROM operations WHERE state = 'undone' ORDER BY seq ASC LIMIT 1").get() as OpRow | undefined;
    if (!op) return null;
    const changes = JSON.parse(op.changes) as Change[];
    const changed = describeChanges(db, changes);
    apply(db, changes, 'after');
    db.prepare("UPDATE operations SET state = 'done' WHERE seq = ?").run(op.seq);
    return { ...summary(op), changed };
  }).immediate();
}

/** What Ctrl+Z and Ctrl+Shift+Z would do now (labels for the menu and tooltips). */
export function historyState(db: AnyDb): { undo: OperationSummary | null; redo: OperationSummary | null } {
  const u = db.prepare("SELECT * FROM operations WHERE state = 'done' ORDER BY seq DESC LIMIT 1").get() as OpRow | undefined;
  const r = db.prepare("SELECT * FROM operations WHERE state = 'undone' ORDER BY seq ASC LIMIT 1").get() as OpRow | undefined;
  return { undo: u ? summary(u) : null, redo: r ? summary(r) : null };
}

interface OpRow {
  seq: number;
  id: string;
  label: string;
  actor: string;
  at: string;
  changes: string;
}

function summary(op: OpRow): OperationSummary {
  return { id: op.id, label: op.label, actor: op.actor, at: op.at };
}

function apply(db: WritableDb, changes: Change[], side: 'before' | 'after'): void {
  // Rows are restored in any order; foreign keys are checked when the transaction commits.
  db.pragma('defer_foreign_keys = ON');
  const ordered = side === 'before' ? [...changes].reverse() : changes;
  for (const c of ordered) {
    if (!Object.prototype.hasOwnProperty.call(TABLES, c.table)) {
      throw new DaftarError('project_invalid', `The operation log names an unknown table "${String(c.table)}".`);
    }
    const image = c[side];
    const cols = TABLES[c.table];
    const partial = PARTIAL[c.table];
    if (partial) {
      if (image === null) throw new DaftarError('project_invalid', `The operation log adds or removes a row of ${c.table}.`);
      const names = Object.keys(image).filter((n) => partial.includes(n));
      names.forEach(assertColumn);
      db.prepare(`UPDATE ${c.table} SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE ${cols.map((k) => `${k} = ?`).join(' AND ')}`).run(
        ...names.map((n) => image[n]),
        ...cols.map((k) => c.key[k]),
      );
      AFTER_RESTORE[c.table]?.(db, c.key);
    } else if (image === null) {
      db.prepare(`DELETE FROM ${c.table} WHERE ${cols.map((k) => `${k} = ?`).join(' AND ')}`).run(...cols.map((k) => c.key[k]));
    } else {
      const names = Object.keys(image);
      names.forEach(assertColumn);
      const updates = names.filter((n) => !(cols as readonly string[]).includes(n));
      db.prepare(
        `INSERT INTO ${c.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})
         ON CONFLICT (${cols.join(', ')}) DO ${updates.length ? `UPDATE SET ${updates.map((n) => `${n} = excluded.${n}`).join(', ')}` : 'NOTHING'}`,
      ).run(...names.map((n) => image[n]));
    }
  }
}

function readRow(db: AnyDb, table: TrackedTable, key: Row): Row | null {
  const cols = TABLES[table];
  const partial = PARTIAL[table];
  const what = partial ? [...cols, ...partial].join(', ') : '*';
  const row = db.prepare(`SELECT ${what} FROM ${table} WHERE ${cols.map((k) => `${k} = ?`).join(' AND ')}`).get(...cols.map((k) => key[k])) as Row | undefined;
  return row ?? null;
}

function pick(row: Row, cols: readonly string[]): Row {
  return Object.fromEntries(cols.map((c) => [c, row[c]]));
}

/** Column names come from our own rows, but an operation log is data in a file: check them. */
function assertColumn(name: string): void {
  if (!/^[a-z_]+$/.test(name)) throw new DaftarError('project_invalid', `The operation log names an unknown column "${name}".`);
}
