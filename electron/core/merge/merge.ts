/**
 * Merge a colleague's project into the open one (`daftar merge P OTHER`, 'project.merge').
 *
 * Safety first: OTHER is opened only through the read-only probe (openProjectReadonly refuses
 * non-Daftar, damaged, tampered and newer-version files) and is never written. Before anything
 * changes, a snapshot of P is saved beside it ("<P>.before-merge-<time>.sqlite").
 *
 * TO UNDO A MERGE: close the project in Daftar, then copy the snapshot over the project file
 * (e.g. `cp P.before-merge-….sqlite P`). Inside Daftar, Ctrl+Z also takes back the merged
 * quotes, tags and notes (the merge is one operation in the history); articles it added stay,
 * as they do after an import.
 *
 * Matching, so that independently made projects meet and merging twice changes nothing:
 * - articles by id, then by content hash (recomputed here, never trusted from the file), so
 *   two analysts who imported the same text separately share one article;
 * - speakers by id, then by name or any alias (Arabic-normalised); themes by id, then by name
 *   (theme names are unique in a project, so that is also where their paths meet);
 * - quotes by id, then by (article, start, end) after finding their text in ours (at their
 *   offsets, else elsewhere by quote and context, else on the normalised text, for a copy
 *   imported with other diacritics), so the same quote merged twice stays one; their themes
 *   are added to ours; a quote whose text is not in our copy is skipped and reported;
 * - notes: theirs is added where we have none; where both differ, ours is kept and theirs is
 *   appended below it, signed — both are kept side by side and listed in the report.
 * - rejected suggestions: taken over where our copy of the article has the same words at the
 *   same offsets (the rejection's text hash), so a suggestion they rejected stays away here too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createAnchor, findAll, sliceCodePoints, verifyAnchor, type TextPosition } from '../../../shared/anchors/quote-selector';
import { normalizeWithMap, toOriginalRange, type NormalizedText } from '../../../shared/arabic/offset-map';
import { z } from 'zod';
import { FoldedRange } from '../../../shared/contract/articles';
import { DaftarError } from '../../../shared/contract/errors';
import { REASONS, reasoned } from '../../../shared/contract/reasons';
import { splitParagraphs } from '../../../shared/text/paragraphs';
import type { MergeConflict, MergePhase, MergeProgress, MergeReport } from '../../../shared/contract/exports';
import { codePointLength } from '../../../shared/text/codepoints';
import { findArticleByHash, insertArticle } from '../articles/articles';
import { findTagByName, nameKey } from '../annotations/tags';
import type { WritableDb } from '../db/handles';
import { closeProject, openProjectReadonly } from '../db/open';
import { recordOperation, type ChangeRecorder } from '../history/operations';
import { JobCancelled, throwIfCancelled, type JobHooks } from '../jobs/cancel';
import { contentHash } from '../import/import-files';
import { saveShareCopy } from '../project/share';
import { readOtherProject, type OtherNote, type OtherProject, type OtherTag } from './read-other';
import { spanHash } from '../suggest/reject';

/** How their note is set below ours when both wrote one: "\n— <author>: <their text>". */
export function sideBySide(ours: string, theirs: string, author: string): string {
  return `${ours}\n— ${author}: ${theirs}`;
}

export function snapshotName(projectFile: string, at = new Date()): string {
  return `${projectFile}.before-merge-${at.toISOString().replace(/[:.]/g, '-')}.sqlite`;
}

export interface MergeOptions extends JobHooks<MergeProgress> {
  /** Their project, already read with readOtherFile (a merge job reads it first, under the probe's deadline). */
  other?: OtherProject;
}

/** Reports the phase and how far it is (with the articles and quotes merged so far), and stops when asked. */
type Tick = (phase: MergePhase, done: number, total: number) => void;

/** Check the other project with the read-only probe and read what merge takes from it; it is never written. */
export function readOtherFile(otherFile: string): OtherProject {
  const other = openProjectReadonly(otherFile);
  try {
    return readOtherProject(other);
  } finally {
    closeProject(other);
  }
}

/** Whether `otherPath` names the project itself, which cannot be merged into itself. */
export function refuseSelfMerge(projectFile: string, otherPath: string): void {
  if (path.resolve(otherPath) === path.resolve(projectFile)) {
    throw DaftarError.because('invalid_input', 'merge_self', { file: otherPath });
  }
}

export function mergeProject(db: WritableDb, otherPath: string, actor: string, options: MergeOptions = {}): MergeReport {
  const projectFile = path.resolve(db.name);
  const otherFile = path.resolve(otherPath);
  refuseSelfMerge(projectFile, otherFile);
  const tick: Tick = (phase, done, total) => {
    throwIfCancelled(options);
    options.onProgress?.({
      phase, done, total,
      articles: report.articles.added + report.articles.matched,
      quotes: report.highlights.added + report.highlights.matched,
    });
  };
  const report: MergeReport = {
    other: otherFile,
    snapshot: '',
    articles: { added: 0, matched: 0 },
    tags: { added: 0, matched: 0 },
    highlights: { added: 0, matched: 0, skipped: [] },
    notes: { added: 0, conflicts: [] },
  };
  if (!options.other) tick('checking', 0, 1);
  const data = options.other ?? readOtherFile(otherFile);
  tick('snapshot', 0, 1);
  const snapshot = saveShareCopy(db, snapshotName(projectFile)).path;
  report.snapshot = snapshot;
  try {
    recordOperation(db, `merge ${path.basename(otherFile)}`, actor, (rec) => {
      const articles = mergeArticles(db, data, report, tick);
      const tags = mergeTags(db, rec, data.tags, report, tick);
      const highlights = mergeHighlights(db, rec, data, articles, tags, report, tick);
      mergeNotes(db, rec, data.notes, articles, highlights, report, tick);
      tick('finishing', 0, 1);
      mergeRejections(db, rec, data, articles);
      // The last chance to stop: after this the transaction commits.
      tick('finishing', 1, 1);
    });
  } catch (error) {
    // The transaction rolled back: the project is as it was, so the snapshot is not needed.
    fs.rmSync(snapshot, { force: true });
    if (error instanceof DaftarError || error instanceof JobCancelled) throw error;
    throw DaftarError.because('project_invalid', 'merge_failed', { file: otherPath, detail: (error as Error).message });
  }
  return report;
}

function freeId(db: WritableDb, table: 'articles' | 'tags' | 'highlights' | 'notes', id: string): string {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) ? randomUUID() : id;
}

/** Their article id → ours. */
function mergeArticles(db: WritableDb, data: OtherProject, report: MergeReport, tick: Tick): Map<string, string> {
  const map = new Map<string, string>();
  const byId = db.prepare('SELECT content_hash FROM articles WHERE id = ?');
  const now = new Date().toISOString();
  for (const [i, a] of data.articles.entries()) {
    tick('articles', i, data.articles.length);
    const hash = contentHash(a.text);
    const same = byId.get(a.id) as { content_hash: string } | undefined;
    const ours = same?.content_hash === hash ? a.id : findArticleByHash(db, hash);
    if (ours) {
      map.set(a.id, ours);
      report.articles.matched++;
      continue;
    }
    // An id we hold for a different text (not made by Daftar, which never reuses ids): a new id.
    const id = same ? randomUUID() : a.id;
    const text = a.text.normalize('NFC');
    insertArticle(
      db,
      {
        id, title: a.title, text, chars: codePointLength(text), contentHash: hash, source: a.source, author: a.author,
        published: a.published, url: a.url, originalFile: a.original_file, encoding: a.encoding, batchId: null,
        place: a.place, abstract: a.abstract, folded: foldedRanges(a.folded_paragraphs, text),
      },
      now,
    );
    map.set(a.id, id);
    report.articles.added++;
  }
  return map;
}

/**
 * Their folded paragraphs, kept only when they are well-formed and point at paragraphs of the
 * text (a hostile file could hold anything there); otherwise the article is not folded.
 */
export function foldedRanges(json: string | null, text: string): FoldedRange[] | null {
  if (!json) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  const ranges = z.array(FoldedRange).max(100_000).safeParse(parsed);
  if (!ranges.success) return null;
  const paragraphs = splitParagraphs(text).length;
  return ranges.data.every((r) => r.start >= 0 && r.start < r.end && r.end <= paragraphs) ? ranges.data : null;
}

/** Their tag id → ours. */
function mergeTags(db: WritableDb, rec: ChangeRecorder, tags: OtherTag[], report: MergeReport, tick: Tick): Map<string, string> {
  const map = new Map<string, string>();
  const kinds = new Map(tags.map((t) => [t.id, t.kind]));
  const byId = db.prepare('SELECT id, kind, role, organisation FROM tags WHERE id = ?');
  for (const [i, t] of tags.entries()) {
    tick('tags', i, tags.length);
    const sameId = byId.get(t.id) as { id: string; kind: string; role: string | null; organisation: string | null } | undefined;
    const match =
      (sameId?.kind === t.kind ? sameId.id : undefined) ??
      [t.name, ...t.aliases].map((n) => findTagByName(db, t.kind, n)?.id).find((x): x is string => !!x);
    if (match) {
      map.set(t.id, match);
      report.tags.matched++;
      if (t.kind === 'speaker') fillSpeaker(db, rec, match, t);
      addAliases(db, rec, match, t.kind, [t.name, ...t.aliases]);
      continue;
    }
    const id = freeId(db, 'tags', t.id);
    // Their schema does not stop a theme sitting under a speaker; ours must not inherit that.
    const parent = t.kind === 'theme' && t.parent_id && kinds.get(t.parent_id) === 'theme' ? (map.get(t.parent_id) ?? null) : null;
    const position = (db.prepare('SELECT coalesce(max(position) + 1, 0) AS p FROM tags WHERE kind = ?').get(t.kind) as { p: number }).p;
    const now = new Date().toISOString();
    rec.track('tags', { id });
    db.prepare(
      `INSERT INTO tags (id, kind, name, name_norm, label_ar, label_en, description, color, parent_id, role, organisation,
         position, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, t.kind, t.name.trim(), nameKey(t.name), t.label_ar, t.label_en, t.description, t.color, parent, t.role, t.organisation,
      position, t.created_by, t.created_at, now);
    addAliases(db, rec, id, t.kind, t.aliases);
    map.set(t.id, id);
    report.tags.added++;
  }
  return map;
}

/** A matched speaker keeps our details; theirs fill only what we left empty. */
function fillSpeaker(db: WritableDb, rec: ChangeRecorder, id: string, t: OtherTag): void {
  const ours = db.prepare('SELECT role, organisation FROM tags WHERE id = ?').get(id) as { role: string | null; organisation: string | null };
  if ((ours.role || !t.role) && (ours.organisation || !t.organisation)) return;
  rec.track('tags', { id });
  db.prepare('UPDATE tags SET role = coalesce(role, ?), organisation = coalesce(organisation, ?) WHERE id = ?').run(t.role, t.organisation, id);
}

/** Spellings they know and we do not become aliases, unless another tag already answers to one. */
function addAliases(db: WritableDb, rec: ChangeRecorder, id: string, kind: OtherTag['kind'], names: string[]): void {
  const insert = db.prepare('INSERT INTO tag_aliases (tag_id, alias, alias_norm) VALUES (?, ?, ?)');
  for (const raw of names) {
    const alias = raw.trim();
    const key = nameKey(alias);
    if (!key || findTagByName(db, kind, alias)) continue;
    rec.track('tag_aliases', { tag_id: id, alias_norm: key });
    insert.run(id, alias, key);
  }
}

/** Their highlight id → ours. */
function mergeHighlights(
  db: WritableDb,
  rec: ChangeRecorder,
  data: OtherProject,
  articles: Map<string, string>,
  tags: Map<string, string>,
  report: MergeReport,
  tick: Tick,
): Map<string, string> {
  const map = new Map<string, string>();
  const kinds = new Map(data.tags.map((t) => [t.id, t.kind]));
  /** Their tag as ours, only when it is of the kind the place expects (a hostile file may mix them). */
  const tagAs = (id: string | null, kind: 'speaker' | 'theme') => (id && kinds.get(id) === kind ? tags.get(id) : undefined);
  const texts = new Map<string, string>();
  const textOf = (id: string) => {
    if (!texts.has(id)) texts.set(id, (db.prepare('SELECT text FROM articles WHERE id = ?').get(id) as { text: string }).text);
    return texts.get(id)!;
  };
  const normalised = new Map<string, NormalizedText>();
  const normalisedOf = (id: string) => {
    if (!normalised.has(id)) normalised.set(id, normalizeWithMap(textOf(id)));
    return normalised.get(id)!;
  };
  for (const [i, h] of data.highlights.entries()) {
    tick('quotes', i, data.highlights.length);
    const articleId = articles.get(h.article_id);
    if (!articleId) continue; // the foreign key in their file makes this impossible; no article, no quote
    const text = textOf(articleId);
    // Same text (by hash) may still differ in diacritics or spacing: find the quote in OUR text,
    // exactly first, then on the normalised form (a copy imported with other diacritics).
    const check = verifyAnchor(text, { start: h.start_cp, end: h.end_cp, exact: h.exact, prefix: h.prefix, suffix: h.suffix });
    const pos =
      check.status === 'ok' ? { start: h.start_cp, end: h.end_cp }
      : check.status === 'moved' ? check.candidate
      : findNormalised(normalisedOf(articleId), h.exact, h.start_cp);
    if (!pos || !h.exact) {
      report.highlights.skipped.push({ id: h.id, articleId, quote: h.exact, reason: REASONS.merge_quote_not_found, why: reasoned('merge_quote_not_found') });
      continue;
    }
    const byId = db.prepare('SELECT id FROM highlights WHERE id = ? AND article_id = ?').get(h.id, articleId) as { id: string } | undefined;
    const byPos = db.prepare('SELECT id FROM highlights WHERE article_id = ? AND start_cp = ? AND end_cp = ? ORDER BY created_at LIMIT 1').get(articleId, pos.start, pos.end) as
      | { id: string }
      | undefined;
    const speaker = tagAs(h.speaker_id, 'speaker') ?? null;
    const ourId = byId?.id ?? byPos?.id;
    if (ourId) {
      map.set(h.id, ourId);
      report.highlights.matched++;
      mergeSpeaker(db, rec, ourId, speaker, h, report);
      for (const t of h.themes) addTheme(db, rec, ourId, tagAs(t, 'theme'));
      continue;
    }
    const id = freeId(db, 'highlights', h.id);
    const anchor = createAnchor(text, pos.start, pos.end);
    rec.track('highlights', { id });
    db.prepare(
      `INSERT INTO highlights (id, article_id, start_cp, end_cp, exact, prefix, suffix, speaker_id, created_by, created_at, updated_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, articleId, pos.start, pos.end, anchor.exact, anchor.prefix, anchor.suffix, speaker, h.created_by, h.created_at, h.updated_by, h.updated_at);
    for (const t of h.themes) addTheme(db, rec, id, tagAs(t, 'theme'));
    map.set(h.id, id);
    report.highlights.added++;
  }
  return map;
}

/** The quote's place in the original text, matched on the normalised forms; the occurrence nearest `near`. */
function findNormalised(map: NormalizedText, exact: string, near: number): TextPosition | null {
  const needle = normalizeWithMap(exact.normalize('NFC')).text;
  if (!needle.trim()) return null;
  const found = findAll(map.text, needle).map((p) => toOriginalRange(map, p.start, p.end));
  if (!found.length) return null;
  return found.reduce((best, p) => (Math.abs(p.start - near) < Math.abs(best.start - near) ? p : best));
}

function addTheme(db: WritableDb, rec: ChangeRecorder, highlightId: string, tagId: string | undefined): void {
  if (!tagId) return;
  rec.track('highlight_themes', { highlight_id: highlightId, tag_id: tagId });
  db.prepare('INSERT OR IGNORE INTO highlight_themes (highlight_id, tag_id) VALUES (?, ?)').run(highlightId, tagId);
}

/** A quote without a speaker takes theirs; two different speakers: ours stays, the report says so. */
function mergeSpeaker(
  db: WritableDb,
  rec: ChangeRecorder,
  id: string,
  theirs: string | null,
  h: { exact: string; updated_by: string },
  report: MergeReport,
): void {
  if (!theirs) return;
  const ours = (db.prepare('SELECT speaker_id, article_id FROM highlights WHERE id = ?').get(id) as { speaker_id: string | null; article_id: string });
  if (ours.speaker_id === theirs) return;
  if (!ours.speaker_id) {
    rec.track('highlights', { id });
    db.prepare('UPDATE highlights SET speaker_id = ? WHERE id = ?').run(theirs, id);
    return;
  }
  const name = (tagId: string) => (db.prepare('SELECT name FROM tags WHERE id = ?').get(tagId) as { name: string }).name;
  report.notes.conflicts.push({
    kind: 'speaker', highlightId: id, articleId: ours.article_id, quote: h.exact,
    ours: name(ours.speaker_id), theirs: name(theirs), theirAuthor: h.updated_by, resolution: `kept ${name(ours.speaker_id)}`,
  });
}

function mergeNotes(
  db: WritableDb,
  rec: ChangeRecorder,
  notes: OtherNote[],
  articles: Map<string, string>,
  highlights: Map<string, string>,
  report: MergeReport,
  tick: Tick,
): void {
  for (const [i, n] of notes.entries()) {
    tick('notes', i, notes.length);
    const highlightId = n.highlight_id ? highlights.get(n.highlight_id) : undefined;
    const articleId = n.article_id ? articles.get(n.article_id) : undefined;
    if (!highlightId && !articleId) continue; // its quote was skipped (and reported)
    const ours = (highlightId
      ? db.prepare('SELECT * FROM notes WHERE highlight_id = ?').get(highlightId)
      : db.prepare('SELECT * FROM notes WHERE article_id = ?').get(articleId)) as OtherNote | undefined;
    if (!ours) {
      const id = freeId(db, 'notes', n.id);
      rec.track('notes', { id });
      db.prepare(
        'INSERT INTO notes (id, highlight_id, article_id, text, created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(id, highlightId ?? null, highlightId ? null : articleId, n.text, n.created_by, n.created_at, n.updated_by, n.updated_at);
      report.notes.added++;
      continue;
    }
    // Already the same, or theirs was set beside ours by an earlier merge: nothing to do.
    const merged = sideBySide(ours.text, n.text.trim(), n.updated_by);
    if (ours.text.trim() === n.text.trim() || ours.text.includes(merged.slice(ours.text.length))) continue;
    rec.track('notes', { id: ours.id });
    db.prepare('UPDATE notes SET text = ?, updated_at = ? WHERE id = ?').run(merged, new Date().toISOString(), ours.id);
    const quote = highlightId ? (db.prepare('SELECT exact FROM highlights WHERE id = ?').get(highlightId) as { exact: string }).exact : null;
    const conflict: MergeConflict = {
      kind: 'note',
      highlightId: highlightId ?? null,
      articleId: highlightId ? null : (articleId ?? null),
      quote,
      ours: ours.text,
      theirs: n.text,
      theirAuthor: n.updated_by,
      resolution: merged,
    };
    report.notes.conflicts.push(conflict);
  }
}

/** Their rejections whose span holds the same words in our copy of the article. */
function mergeRejections(db: WritableDb, rec: ChangeRecorder, data: OtherProject, articles: Map<string, string>): void {
  const textOf = db.prepare('SELECT text FROM articles WHERE id = ?').pluck();
  const insert = db.prepare(
    `INSERT INTO suggestion_rejections (article_id, start_cp, end_cp, text_hash, speaker, cue, rejected_by, rejected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  for (const r of data.rejections) {
    const articleId = articles.get(r.article_id);
    const text = articleId ? (textOf.get(articleId) as string | undefined) : undefined;
    if (!articleId || text === undefined || !(r.start_cp >= 0 && r.end_cp > r.start_cp)) continue;
    if (spanHash(sliceCodePoints(text, r.start_cp, r.end_cp)) !== r.text_hash) continue;
    rec.track('suggestion_rejections', { article_id: articleId, start_cp: r.start_cp, end_cp: r.end_cp, text_hash: r.text_hash });
    insert.run(articleId, r.start_cp, r.end_cp, r.text_hash, r.speaker, r.cue, r.rejected_by, r.rejected_at);
  }
}
