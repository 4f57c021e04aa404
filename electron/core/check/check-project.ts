import { sliceCodePoints } from '../../../shared/anchors/quote-selector';
import { DaftarError } from '../../../shared/contract/errors';
import { codePointLength } from '../../../shared/text/codepoints';
import type { ReadonlyDb } from '../db/handles';
import { closeProject, openProjectReadonly } from '../db/open';
import { hasTable } from '../db/schema';
import { contentHash } from '../import/import-files';
import { spanHash } from '../suggest/reject';

export interface CheckReport {
  file: string;
  /** True when there are no problems. */
  ok: boolean;
  /** null when the file could not be opened as a Daftar project at all. */
  schemaVersion: number | null;
  articles: number | null;
  highlights: number | null;
  /** One sentence per problem, written for the analyst. */
  problems: string[];
}

/** integrity_check stops after this many findings; a file that bad is beyond a list. */
const MAX_INTEGRITY_FINDINGS = 100;

interface ArticleRow {
  id: string;
  title: string;
  original_file: string | null;
  text: string;
  chars: number;
  content_hash: string;
}

/**
 * Check a project file thoroughly without changing it (`daftar check`): everything the
 * open-time probe checks (SQLite header, application id, version, quick_check, schema guard),
 * then SQLite's full integrity_check and foreign_key_check, then that every article's stored
 * facts still match its text and every highlight still selects its quote. A file the probe refuses is not looked at further: it is
 * untrusted, and its one problem says why.
 */
export function checkProject(file: string): CheckReport {
  let db: ReadonlyDb;
  try {
    db = openProjectReadonly(file);
  } catch (error) {
    if (!(error instanceof DaftarError)) throw error;
    return { file, ok: false, schemaVersion: null, articles: null, highlights: null, problems: [error.message] };
  }
  try {
    const problems: string[] = [];
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    problems.push(...integrityProblems(db));
    problems.push(...foreignKeyProblems(db));
    problems.push(...metaProblems(db));
    problems.push(...articleProblems(db));
    const withHighlights = hasTable(db, 'highlights');
    if (withHighlights) problems.push(...highlightProblems(db));
    if (hasTable(db, 'suggestion_rejections')) problems.push(...rejectionProblems(db));
    return {
      file,
      ok: problems.length === 0,
      schemaVersion,
      articles: count(db, 'articles'),
      highlights: withHighlights ? count(db, 'highlights') : 0,
      problems,
    };
  } finally {
    closeProject(db);
  }
}

function integrityProblems(db: ReadonlyDb): string[] {
  try {
    const rows = db.pragma(`integrity_check(${MAX_INTEGRITY_FINDINGS})`) as { integrity_check: string }[];
    const findings = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
    return findings.map((m) => `SQLite integrity_check: ${m}`);
  } catch (error) {
    return [`SQLite integrity_check could not finish: ${(error as Error).message}`];
  }
}

function foreignKeyProblems(db: ReadonlyDb): string[] {
  try {
    const rows = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
    return rows.map((r) => `${r.table} row ${r.rowid ?? '?'} refers to a row of ${r.parent} that does not exist`);
  } catch (error) {
    return [`SQLite foreign_key_check could not finish: ${(error as Error).message}`];
  }
}

function metaProblems(db: ReadonlyDb): string[] {
  const id = db.prepare("SELECT value FROM project_meta WHERE key = 'project_id'").pluck().get();
  // Merging two analysts' projects relies on each having its own id.
  return typeof id === 'string' && id !== '' ? [] : ['project_meta has no project_id'];
}

/**
 * Offsets of highlights and the duplicate check rely on each article's stored facts: the
 * length in code points, the hash of the normalised text, and the text being NFC with LF ends.
 */
function articleProblems(db: ReadonlyDb): string[] {
  const problems: string[] = [];
  const rows = db.prepare('SELECT id, title, original_file, text, chars, content_hash FROM articles ORDER BY rowid').iterate() as IterableIterator<ArticleRow>;
  for (const a of rows) {
    const name = `article ${a.id} (${a.original_file ?? a.title})`;
    const length = codePointLength(a.text);
    if (a.chars !== length) problems.push(`${name}: chars is ${a.chars} but the text has ${length} code points`);
    if (a.content_hash !== contentHash(a.text)) problems.push(`${name}: content_hash does not match the text`);
    if (a.text.normalize('NFC') !== a.text) problems.push(`${name}: the text is not in Unicode NFC form`);
    if (a.text.includes('\r')) problems.push(`${name}: the text has CR line ends (only LF is stored)`);
    if (a.text.trim() === '') problems.push(`${name}: the text is empty`);
  }
  return problems;
}

/**
 * Article text never changes, so a highlight's offsets must still select exactly its stored
 * quote; anything else means the file was edited behind Daftar's back.
 */
function highlightProblems(db: ReadonlyDb): string[] {
  const problems: string[] = [];
  const rows = db
    .prepare(
      `SELECT h.id, h.article_id, h.start_cp, h.end_cp, h.exact, a.text, a.chars
       FROM highlights h JOIN articles a ON a.id = h.article_id ORDER BY h.rowid`,
    )
    .iterate() as IterableIterator<{ id: string; article_id: string; start_cp: number; end_cp: number; exact: string; text: string; chars: number }>;
  for (const h of rows) {
    const name = `highlight ${h.id} (article ${h.article_id})`;
    if (h.end_cp > h.chars) problems.push(`${name}: ends at ${h.end_cp}, after the end of the text (${h.chars})`);
    else if (sliceCodePoints(h.text, h.start_cp, h.end_cp) !== h.exact) {
      problems.push(`${name}: the offsets ${h.start_cp}–${h.end_cp} no longer select its quote`);
    }
  }
  return problems;
}

/** A rejected suggestion is kept with a hash of its words; article text never changes, so they must still match. */
function rejectionProblems(db: ReadonlyDb): string[] {
  const problems: string[] = [];
  const rows = db
    .prepare(
      `SELECT r.article_id, r.start_cp, r.end_cp, r.text_hash, a.text, a.chars
       FROM suggestion_rejections r JOIN articles a ON a.id = r.article_id ORDER BY r.rowid`,
    )
    .iterate() as IterableIterator<{ article_id: string; start_cp: number; end_cp: number; text_hash: string; text: string; chars: number }>;
  for (const r of rows) {
    const name = `rejected suggestion ${r.start_cp}–${r.end_cp} (article ${r.article_id})`;
    if (r.end_cp > r.chars) problems.push(`${name}: ends after the end of the text (${r.chars})`);
    else if (spanHash(sliceCodePoints(r.text, r.start_cp, r.end_cp)) !== r.text_hash) problems.push(`${name}: its text hash no longer matches the article`);
  }
  return problems;
}

function count(db: ReadonlyDb, table: 'articles' | 'highlights'): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}
