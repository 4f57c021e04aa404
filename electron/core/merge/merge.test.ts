/**
 * Merging a colleague's project: independently imported copies meet by content hash, quotes by
 * position; merging twice changes nothing; conflicting notes are kept side by side and listed;
 * hostile files are refused before anything changes; the pre-merge snapshot restores.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePlainSqlite, tamper, writeHeaderUInt32 } from '../../../tests/fixtures/make-fixtures';
import { tempDir, tempProject } from '../../../tests/unit/temp-project';
import { createHighlight, listQuotes, locateQuote } from '../annotations/highlights';
import { createTag, listTags } from '../annotations/tags';
import type { WritableDb } from '../db/handles';
import { closeProject, openProjectReadonly, SCHEMA_VERSION } from '../db/open';
import { historyState, undo } from '../history/operations';
import { COUNCIL_TEXT, fillNotebook, insertFixtureArticle, MINISTER_TEXT } from '../export/notebook-fixture';
import { mergeProject, sideBySide } from './merge';

const THEIRS = 'كريم';
const OURS = 'سلمى';

/** Everything merge may touch, as comparable data (ids included). */
function dump(db: WritableDb): unknown {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    articles: all('SELECT id, content_hash FROM articles ORDER BY id'),
    tags: all('SELECT id, kind, name, parent_id, role, organisation, color FROM tags ORDER BY id'),
    aliases: all('SELECT tag_id, alias FROM tag_aliases ORDER BY tag_id, alias'),
    highlights: all('SELECT id, article_id, start_cp, end_cp, exact, speaker_id FROM highlights ORDER BY id'),
    themes: all('SELECT * FROM highlight_themes ORDER BY highlight_id, tag_id'),
    notes: all('SELECT id, highlight_id, article_id, text FROM notes ORDER BY id'),
  };
}

/**
 * A colleague's project made on its own from the same council article (so no shared ids): the
 * same quote as ours under another spelling of the speaker, coded with a theme path we have and
 * one we do not, a different note, and one more quote and one more article.
 */
function colleagueProject(): string {
  const { db, file } = tempProject();
  const council = insertFixtureArticle(db, COUNCIL_TEXT, { source: 'وكالة الأنباء' });
  const extra = insertFixtureArticle(db, 'بيان ختامي\n\nاتفق المشاركون على «تبادل المعلومات فوراً» بين الأجهزة.', { source: 'بيان' });
  const guterres = createTag(db, { kind: 'speaker', name: 'غوتيريس', role: 'الأمين العام للأمم المتحدة' }, THEIRS).id;
  const security = createTag(db, { kind: 'theme', name: 'الأمن' }, THEIRS).id;
  const terrorism = createTag(db, { kind: 'theme', name: 'الارهاب', parentId: security }, THEIRS).id;
  const cooperation = createTag(db, { kind: 'theme', name: 'التعاون الدولي', parentId: security, color: '#7cc6fe' }, THEIRS).id;
  const at = (id: string, q: string) => locateQuote(db, id, q);
  createHighlight(db, { articleId: council, ...at(council, '«الإرهاب لا يعرف حدوداً، ولا دين له»'), speakerId: guterres,
    themeIds: [terrorism, cooperation], note: 'يستحق المتابعة في التقرير الشهري' }, THEIRS);
  createHighlight(db, { articleId: council, ...at(council, 'في كلمته أمام المجلس'), speakerId: guterres, note: 'سياق الكلمة' }, THEIRS);
  createHighlight(db, { articleId: extra, ...at(extra, '«تبادل المعلومات فوراً»'), themeIds: [cooperation] }, THEIRS);
  closeProject(db);
  return file;
}

/** A closed project with the notebook in it, as a colleague would send it. */
function notebookOnDisk(): { file: string } {
  const { db, file } = tempProject();
  fillNotebook(db, THEIRS);
  closeProject(db);
  return { file };
}

describe('mergeProject', () => {
  it('meets independently imported copies by content and quotes by offsets', () => {
    const { db, file } = tempProject();
    const nb = fillNotebook(db, OURS);
    const before = listQuotes(db).length;
    const other = colleagueProject();
    const report = mergeProject(db, other, OURS);
    expect(report.articles).toEqual({ added: 1, matched: 1 });
    expect(report.highlights).toEqual({ added: 2, matched: 1, skipped: [] });
    // غوتيريس is our speaker's alias, الأمن and الارهاب (folded hamza) ours: matched; التعاون الدولي new.
    expect(report.tags).toEqual({ added: 1, matched: 3 });
    expect(listQuotes(db)).toHaveLength(before + 2);
    const cooperation = listTags(db).find((t) => t.name === 'التعاون الدولي')!;
    expect(cooperation).toMatchObject({ parentId: nb.themes.security, color: '#7cc6fe' });
    // The shared quote: one highlight, our id, themes united, our speaker kept.
    const shared = listQuotes(db).filter((q) => q.exact === '«الإرهاب لا يعرف حدوداً، ولا دين له»');
    expect(shared).toHaveLength(1);
    expect(shared[0]!.id).toBe(nb.quotes.doesNotKnowBorders);
    expect(shared[0]!.themeIds.sort()).toEqual([nb.themes.terrorism, cooperation.id].sort());
    expect(shared[0]!.speakerId).toBe(nb.speakers.guterres);
    // Their new quote in the shared article lands on our article id, with our speaker.
    const context = listQuotes(db).find((q) => q.exact === 'في كلمته أمام المجلس')!;
    expect(context.articleId).toBe(nb.council);
    expect(context).toMatchObject({ speakerId: nb.speakers.guterres, createdBy: THEIRS, note: 'سياق الكلمة', anchor: 'ok' });
    // Our speaker's details stay ours.
    expect(listTags(db).find((t) => t.id === nb.speakers.guterres)!.role).toBe('الأمين العام');
    expect(report.snapshot.startsWith(`${file}.before-merge-`)).toBe(true);
  });

  it('keeps conflicting notes side by side, reports them, and changes nothing when merged again', () => {
    const { db } = tempProject();
    const nb = fillNotebook(db, OURS);
    const other = colleagueProject();
    const first = mergeProject(db, other, OURS);
    expect(first.notes.added).toBe(1);
    expect(first.notes.conflicts).toEqual([
      expect.objectContaining({
        kind: 'note',
        highlightId: nb.quotes.doesNotKnowBorders,
        ours: 'اقتباس محوري، قارن مع بيان 2025\nسطر ثانٍ فيه "علامات تنصيص"',
        theirs: 'يستحق المتابعة في التقرير الشهري',
        theirAuthor: THEIRS,
      }),
    ]);
    const note = listQuotes(db).find((q) => q.id === nb.quotes.doesNotKnowBorders)!.note;
    expect(note).toBe(sideBySide('اقتباس محوري، قارن مع بيان 2025\nسطر ثانٍ فيه "علامات تنصيص"', 'يستحق المتابعة في التقرير الشهري', THEIRS));
    expect(note).toContain('\n— كريم: يستحق المتابعة');

    const after = dump(db);
    const ops = historyState(db).undo;
    const second = mergeProject(db, other, OURS);
    expect(dump(db)).toEqual(after);
    expect(historyState(db).undo).toEqual(ops); // no new operation either
    expect(second.articles).toEqual({ added: 0, matched: 2 });
    expect(second.tags.added).toBe(0);
    expect(second.highlights).toMatchObject({ added: 0, matched: 3 });
    expect(second.notes).toEqual({ added: 0, conflicts: [] });
  });

  it('is undone by Ctrl+Z (one operation) or by copying the snapshot back', () => {
    const { db } = tempProject();
    fillNotebook(db, OURS);
    const before = dump(db) as { highlights: unknown[]; notes: unknown[]; articles: unknown[] };
    const report = mergeProject(db, colleagueProject(), OURS);
    expect(historyState(db).undo?.label).toMatch(/^merge /);
    const snap = openProjectReadonly(report.snapshot);
    try {
      expect(dump(snap as unknown as WritableDb)).toEqual(before);
    } finally {
      closeProject(snap);
    }
    undo(db);
    const undone = dump(db) as { highlights: unknown[]; notes: unknown[]; articles: unknown[] };
    expect(undone.highlights).toEqual(before.highlights);
    expect(undone.notes).toEqual(before.notes);
    // Articles it added stay, as after an import.
    expect(undone.articles).toHaveLength(before.articles.length + 1);
  });

  it('finds quotes in a copy imported with other diacritics and spacing; skips (and reports) what is not there', () => {
    const { db } = tempProject();
    const ours = insertFixtureArticle(db, MINISTER_TEXT);
    // Their copy differs in a diacritic and in spacing: the same normalised content, so the same article.
    const theirs = tempProject();
    const variant = MINISTER_TEXT.replace('بالكامل', 'بالكامِل').replace('الحدود آمنة بالكامِل', 'الحدود   آمنة بالكامِل');
    const id = insertFixtureArticle(theirs.db, variant);
    createHighlight(theirs.db, { articleId: id, ...locateQuote(theirs.db, id, 'آمنة بالكامِل') }, THEIRS);
    createHighlight(theirs.db, { articleId: id, ...locateQuote(theirs.db, id, 'دول الجوار') }, THEIRS);
    createHighlight(theirs.db, { articleId: id, ...locateQuote(theirs.db, id, 'الحدود   آمنة') }, THEIRS);
    closeProject(theirs.db);
    const report = mergeProject(db, theirs.file, OURS);
    expect(report.articles).toEqual({ added: 0, matched: 1 });
    expect(report.highlights.added).toBe(2);
    const found = listQuotes(db, { articleId: ours });
    // Placed on our text, with our spelling: the anchor checks out against our article.
    expect(found.map((q) => [q.exact, q.anchor])).toEqual([['آمنة بالكامل', 'ok'], ['دول الجوار', 'ok']]);
    expect(report.highlights.skipped).toEqual([expect.objectContaining({ quote: 'الحدود   آمنة', reason: expect.stringMatching(/not in this project's copy/) })]);
  });

  it('does not take over kinds mixed up behind Daftar\'s back (a speaker used as a theme and a parent)', () => {
    const { db } = tempProject();
    const other = notebookOnDisk().file;
    tamper(other, (raw) => {
      const speaker = raw.prepare("SELECT id FROM tags WHERE kind = 'speaker' LIMIT 1").pluck().get() as string;
      const theme = raw.prepare("SELECT id FROM tags WHERE name = 'الحدود'").pluck().get() as string;
      raw.prepare('UPDATE tags SET parent_id = ? WHERE id = ?').run(speaker, theme);
      raw.prepare('UPDATE highlights SET speaker_id = ?').run(theme);
      raw.prepare('INSERT OR IGNORE INTO highlight_themes (highlight_id, tag_id) SELECT id, ? FROM highlights').run(speaker);
    });
    const report = mergeProject(db, other, OURS);
    expect(report.highlights.added).toBe(8);
    const tags = listTags(db);
    const speakers = new Set(tags.filter((t) => t.kind === 'speaker').map((t) => t.id));
    expect(tags.find((t) => t.name === 'الحدود')!.parentId).toBeNull();
    for (const q of listQuotes(db)) {
      expect(q.speakerId).toBeNull();
      for (const t of q.themeIds) expect(speakers.has(t)).toBe(false);
    }
  });

  describe('refuses a hostile or broken OTHER before changing anything', () => {
    const cases: [string, (dir: string) => string, RegExp][] = [
      ['not SQLite', (dir) => {
        const f = path.join(dir, 'other.sqlite');
        fs.writeFileSync(f, 'خبر عادي، ليس مشروعاً\n');
        return f;
      }, /is not a SQLite database/],
      ['plain SQLite', (dir) => makePlainSqlite(path.join(dir, 'other.sqlite')), /not a Daftar project/],
      ['newer version', () => {
        const { db, file } = tempProject();
        closeProject(db);
        writeHeaderUInt32(file, 60, SCHEMA_VERSION + 1);
        return file;
      }, /newer Daftar/],
      ['empty', (dir) => {
        const f = path.join(dir, 'other.sqlite');
        fs.writeFileSync(f, '');
        return f;
      }, /is empty \(0 bytes\)/],
      ['truncated', (dir) => {
        const { file } = notebookOnDisk();
        const f = path.join(dir, 'other.sqlite');
        fs.writeFileSync(f, fs.readFileSync(file).subarray(0, 3 * 4096 + 100));
        return f;
      }, /damaged|cannot be (read|opened)|malformed/],
      ['a corrupted page', (dir) => {
        const { file } = notebookOnDisk();
        const bytes = fs.readFileSync(file);
        bytes.fill(0xa5, 2 * 4096, 3 * 4096);
        const f = path.join(dir, 'other.sqlite');
        fs.writeFileSync(f, bytes);
        return f;
      }, /damaged|cannot be (read|opened)|malformed/],
      ['wrong application_id', () => {
        const { file } = notebookOnDisk();
        writeHeaderUInt32(file, 68, 0x12345678);
        return file;
      }, /not a Daftar project/],
      ['an added view', () => {
        const { file } = notebookOnDisk();
        tamper(file, (raw) => raw.exec('CREATE VIEW everything AS SELECT * FROM articles'));
        return file;
      }, /unexpected view "everything"/],
      ['a foreign table', () => {
        const { file } = notebookOnDisk();
        tamper(file, (raw) => raw.exec('CREATE TABLE payload (x TEXT)'));
        return file;
      }, /unexpected table "payload"/],
      ['an added trigger', () => {
        const { db, file } = tempProject();
        closeProject(db);
        tamper(file, (raw) => raw.exec("CREATE TRIGGER evil AFTER INSERT ON notes BEGIN DELETE FROM articles; END"));
        return file;
      }, /unexpected trigger "evil"/],
    ];
    it.each(cases)('%s', (_name, make, message) => {
      const { db, file } = tempProject();
      fillNotebook(db, OURS);
      const before = dump(db);
      const other = make(tempDir());
      expect(() => mergeProject(db, other, OURS)).toThrow(message);
      expect(dump(db)).toEqual(before);
      expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('before-merge'))).toEqual([]);
    });

    it('itself', () => {
      const { db, file } = tempProject();
      expect(() => mergeProject(db, file, OURS)).toThrow(/is this project itself/);
    });
  });
});
