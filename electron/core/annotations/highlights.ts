import { randomUUID } from 'node:crypto';
import { createAnchor, verifyAnchor } from '../../../shared/anchors/quote-selector';
import { DaftarError } from '../../../shared/contract/errors';
import type { Highlight, QuoteRow } from '../../../shared/contract/annotations';
import type { AnyDb, WritableDb } from '../db/handles';
import type { HighlightRecord } from '../db/rows';
import { recordOperation, type ChangeRecorder } from '../history/operations';
import { requireTagByName, themeWithDescendants } from './tags';

/** A highlight with its note and theme ids (comma-joined by the query). */
interface HighlightRow extends HighlightRecord {
  note: string | null;
  theme_ids: string | null;
}

const SELECT = `
  SELECT h.*, n.text AS note,
    (SELECT json_group_array(tag_id) FROM highlight_themes WHERE highlight_id = h.id) AS theme_ids
  FROM highlights h LEFT JOIN notes n ON n.highlight_id = h.id`;

function articleText(db: AnyDb, articleId: string): { text: string; chars: number; title: string; file: string | null } {
  const a = db.prepare('SELECT text, chars, title, original_file AS file FROM articles WHERE id = ?').get(articleId) as
    | { text: string; chars: number; title: string; file: string | null }
    | undefined;
  if (!a) throw DaftarError.because('not_found', 'article_not_found', { id: articleId });
  return a;
}

function toHighlight(r: HighlightRow, text: string): Highlight {
  const check = verifyAnchor(text, { start: r.start_cp, end: r.end_cp, exact: r.exact, prefix: r.prefix, suffix: r.suffix });
  return {
    id: r.id,
    articleId: r.article_id,
    start: r.start_cp,
    end: r.end_cp,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    speakerId: r.speaker_id,
    themeIds: (JSON.parse(r.theme_ids ?? '[]') as string[]).sort(),
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
    anchor: check.status,
    candidate: check.status === 'moved' ? check.candidate : null,
  };
}

/** The article's highlights in reading order, each verified against its quote. */
export function highlightsForArticle(db: AnyDb, articleId: string): Highlight[] {
  const { text } = articleText(db, articleId);
  const rows = db.prepare(`${SELECT} WHERE h.article_id = ? ORDER BY h.start_cp, h.end_cp DESC`).all(articleId) as HighlightRow[];
  return rows.map((r) => toHighlight(r, text));
}

export function getHighlight(db: AnyDb, id: string): Highlight {
  const r = db.prepare(`${SELECT} WHERE h.id = ?`).get(id) as HighlightRow | undefined;
  if (!r) throw DaftarError.because('not_found', 'highlight_not_found', { id });
  return toHighlight(r, articleText(db, r.article_id).text);
}

function checkTags(db: AnyDb, speakerId: string | null | undefined, themeIds: string[] | undefined): void {
  if (speakerId) {
    const s = db.prepare('SELECT kind FROM tags WHERE id = ?').get(speakerId) as { kind: string } | undefined;
    if (!s) throw DaftarError.because('not_found', 'speaker_gone');
    if (s.kind !== 'speaker') throw DaftarError.because('invalid_input', 'speaker_expected');
  }
  for (const t of themeIds ?? []) {
    const row = db.prepare('SELECT kind FROM tags WHERE id = ?').get(t) as { kind: string } | undefined;
    if (!row) throw DaftarError.because('not_found', 'theme_gone');
    if (row.kind !== 'theme') throw DaftarError.because('invalid_input', 'theme_expected');
  }
}

function writeThemes(db: WritableDb, rec: ChangeRecorder, highlightId: string, themeIds: string[]): void {
  rec.trackWhere('highlight_themes', 'highlight_id', highlightId);
  db.prepare('DELETE FROM highlight_themes WHERE highlight_id = ?').run(highlightId);
  for (const t of new Set(themeIds)) {
    rec.track('highlight_themes', { highlight_id: highlightId, tag_id: t });
    db.prepare('INSERT INTO highlight_themes (highlight_id, tag_id) VALUES (?, ?)').run(highlightId, t);
  }
}

function writeNote(db: WritableDb, rec: ChangeRecorder, highlightId: string, note: string | null, actor: string): void {
  const existing = db.prepare('SELECT id FROM notes WHERE highlight_id = ?').get(highlightId) as { id: string } | undefined;
  const now = new Date().toISOString();
  const text = note?.trim() ? note : null;
  if (existing) {
    rec.track('notes', existing);
    if (text === null) db.prepare('DELETE FROM notes WHERE id = ?').run(existing.id);
    else db.prepare('UPDATE notes SET text = ?, updated_by = ?, updated_at = ? WHERE id = ?').run(text, actor, now, existing.id);
  } else if (text !== null) {
    const id = randomUUID();
    rec.track('notes', { id });
    db.prepare(
      'INSERT INTO notes (id, highlight_id, article_id, text, created_by, created_at, updated_by, updated_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)',
    ).run(id, highlightId, text, actor, now, actor, now);
  }
}

export interface NewHighlight {
  articleId: string;
  start: number;
  end: number;
  speakerId?: string | null;
  themeIds?: string[];
  note?: string | null;
}

/**
 * Every check `createHighlight` makes, on any handle: the CLI runs it read-only first, so a
 * refused command never opens the project for writing.
 */
export function checkNewHighlight(db: AnyDb, input: NewHighlight): ReturnType<typeof createAnchor> {
  const article = articleText(db, input.articleId);
  if (!(input.start >= 0 && input.end > input.start && input.end <= article.chars)) {
    throw DaftarError.because('invalid_input', 'selection_outside', { start: input.start, end: input.end, title: article.title, chars: article.chars });
  }
  const anchor = createAnchor(article.text, input.start, input.end);
  if (anchor.exact.trim() === '') throw DaftarError.because('invalid_input', 'selection_blank');
  checkTags(db, input.speakerId, input.themeIds);
  return anchor;
}

export function createHighlight(db: WritableDb, input: NewHighlight, actor: string): Highlight {
  const anchor = checkNewHighlight(db, input);
  const id = randomUUID();
  const now = new Date().toISOString();
  recordOperation(db, 'create highlight', actor, (rec) => {
    rec.track('highlights', { id });
    db.prepare(
      `INSERT INTO highlights (id, article_id, start_cp, end_cp, exact, prefix, suffix, speaker_id, created_by, created_at, updated_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.articleId, input.start, input.end, anchor.exact, anchor.prefix, anchor.suffix, input.speakerId ?? null, actor, now, actor, now);
    writeThemes(db, rec, id, input.themeIds ?? []);
    if (input.note) writeNote(db, rec, id, input.note, actor);
  });
  return getHighlight(db, id);
}

export interface HighlightPatch {
  speakerId?: string | null;
  themeIds?: string[];
  note?: string | null;
}

export function updateHighlight(db: WritableDb, id: string, patch: HighlightPatch, actor: string): Highlight {
  getHighlight(db, id);
  checkTags(db, patch.speakerId, patch.themeIds);
  recordOperation(db, 'edit highlight', actor, (rec) => {
    rec.track('highlights', { id });
    if (patch.speakerId !== undefined) db.prepare('UPDATE highlights SET speaker_id = ? WHERE id = ?').run(patch.speakerId, id);
    if (patch.themeIds !== undefined) writeThemes(db, rec, id, patch.themeIds);
    if (patch.note !== undefined) writeNote(db, rec, id, patch.note, actor);
    db.prepare('UPDATE highlights SET updated_by = ?, updated_at = ? WHERE id = ?').run(actor, new Date().toISOString(), id);
  });
  return getHighlight(db, id);
}

export function deleteHighlight(db: WritableDb, id: string, actor: string): { deleted: boolean } {
  getHighlight(db, id);
  return recordOperation(db, 'delete highlight', actor, (rec) => {
    rec.track('highlights', { id });
    rec.trackWhere('highlight_themes', 'highlight_id', id);
    rec.trackWhere('notes', 'highlight_id', id);
    db.prepare('DELETE FROM highlight_themes WHERE highlight_id = ?').run(id);
    db.prepare('DELETE FROM notes WHERE highlight_id = ?').run(id);
    db.prepare('DELETE FROM highlights WHERE id = ?').run(id);
    return { deleted: true };
  });
}

export interface QuoteFilter {
  articleId?: string;
  /** A speaker's name or any alias. */
  speaker?: string;
  /** A theme's name or alias; quotes coded with it or any theme below it. */
  theme?: string;
  limit?: number;
}

/** Highlights across the project with their speaker, themes and note: the quote sheet. */
export function listQuotes(db: AnyDb, filter: QuoteFilter = {}): QuoteRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.articleId) {
    where.push('h.article_id = ?');
    params.push(filter.articleId);
  }
  if (filter.speaker) {
    where.push('h.speaker_id = ?');
    params.push(requireTagByName(db, 'speaker', filter.speaker).id);
  }
  if (filter.theme) {
    const ids = themeWithDescendants(db, requireTagByName(db, 'theme', filter.theme).id);
    where.push(`EXISTS (SELECT 1 FROM highlight_themes ht WHERE ht.highlight_id = h.id AND ht.tag_id IN (${ids.map(() => '?').join(',')}))`);
    params.push(...ids);
  }
  const rows = db
    .prepare(
      `${SELECT} JOIN articles a ON a.id = h.article_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.imported_at, a.rowid, h.start_cp LIMIT ?`,
    )
    .all(...params, filter.limit ?? 5000) as HighlightRow[];
  const names = new Map((db.prepare('SELECT id, name FROM tags').all() as { id: string; name: string }[]).map((t) => [t.id, t.name]));
  const texts = new Map<string, ReturnType<typeof articleText>>();
  return rows.map((r) => {
    let a = texts.get(r.article_id);
    if (!a) texts.set(r.article_id, (a = articleText(db, r.article_id)));
    const h = toHighlight(r, a.text);
    return {
      ...h,
      articleTitle: a.title,
      articleFile: a.file,
      speaker: h.speakerId ? (names.get(h.speakerId) ?? null) : null,
      themes: h.themeIds.map((t) => names.get(t) ?? t),
    };
  });
}

/** Code-point ranges of the `occurrence`-th (1-based) match of `quote` in the article. */
export function locateQuote(db: AnyDb, articleId: string, quote: string, occurrence = 1): { start: number; end: number } {
  const { text, title } = articleText(db, articleId);
  const needle = quote.normalize('NFC');
  let from = 0;
  for (let k = 1; ; k++) {
    const i = text.indexOf(needle, from);
    if (i < 0 || !needle) {
      throw new DaftarError(
        'invalid_input',
        k === 1
          ? `The quote "${quote.slice(0, 80)}" is not in the article "${title}"; nothing was written.`
          : `The quote occurs ${k - 1} time(s) in "${title}", not ${occurrence}; nothing was written.`,
      );
    }
    if (k === occurrence) {
      const start = [...text.slice(0, i)].length;
      return { start, end: start + [...needle].length };
    }
    from = i + needle.length;
  }
}
