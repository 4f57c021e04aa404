import { describe, expect, it } from 'vitest';
import { addArticle, tempProject } from '../../../tests/unit/temp-project';
import { historyState, redo, undo } from '../history/operations';
import { createHighlight, deleteHighlight, highlightsForArticle, listQuotes, locateQuote, updateHighlight } from './highlights';
import { createTag, deleteTag, listTags, mergeTags, updateTag } from './tags';

const TEXT = [
  'الأمم المتحدة تدعو إلى تعاون أوثق',
  '',
  'قال الأمين العام أنطونيو غوتيريش إن «الإرهاب لا دين له» 😀 وإن التعاون ضروري.',
  'وأضاف غوتيريس أن مكتب UNODC سيعقد اجتماعا في 2026.',
].join('\n');

const ME = 'analyst';

describe('tags', () => {
  it('creates speakers with aliases and finds them by any spelling', () => {
    const { db } = tempProject();
    const s = createTag(db, { kind: 'speaker', name: 'أنطونيو غوتيريش', aliases: ['غوتيريس', 'Antonio Guterres'], role: 'الأمين العام', organisation: 'الأمم المتحدة' }, ME);
    expect(s.aliases).toEqual(['غوتيريس', 'Antonio Guterres']);
    // Same name in another spelling of alef / case: refused as a duplicate.
    expect(() => createTag(db, { kind: 'speaker', name: 'انطونيو غوتيريش' }, ME)).toThrow(/already exists/);
    expect(() => createTag(db, { kind: 'speaker', name: 'antonio guterres' }, ME)).toThrow(/already exists/);
    const articleId = addArticle(db, TEXT);
    const { start, end } = locateQuote(db, articleId, '«الإرهاب لا دين له»');
    createHighlight(db, { articleId, start, end, speakerId: s.id }, ME);
    expect(listQuotes(db, { speaker: 'غوتيريس' })).toHaveLength(1);
    expect(listQuotes(db, { speaker: 'Antonio Guterres' })).toHaveLength(1);
    expect(() => listQuotes(db, { speaker: 'أحد آخر' })).toThrow(/No speaker named/);
  });

  it('keeps themes a tree: refuses cycles, filters with descendants, re-parents children on delete', () => {
    const { db } = tempProject();
    const security = createTag(db, { kind: 'theme', name: 'الأمن' }, ME);
    const terror = createTag(db, { kind: 'theme', name: 'الإرهاب', parentId: security.id }, ME);
    const finance = createTag(db, { kind: 'theme', name: 'تمويل الإرهاب', parentId: terror.id }, ME);
    expect(() => updateTag(db, security.id, { parentId: finance.id }, ME)).toThrow(/cannot be placed under itself/);
    expect(() => updateTag(db, security.id, { parentId: security.id }, ME)).toThrow(/cannot be placed under itself/);
    const articleId = addArticle(db, TEXT);
    const q = locateQuote(db, articleId, 'التعاون ضروري');
    createHighlight(db, { articleId, ...q, themeIds: [finance.id] }, ME);
    expect(listQuotes(db, { theme: 'الأمن' })).toHaveLength(1);
    expect(listQuotes(db, { theme: 'الارهاب' })).toHaveLength(1); // hamza folded
    const result = deleteTag(db, terror.id, ME);
    expect(result.highlightsAffected).toBe(0);
    expect(listTags(db).find((t) => t.id === finance.id)!.parentId).toBe(security.id);
    undo(db);
    expect(listTags(db).find((t) => t.id === finance.id)!.parentId).toBe(terror.id);
  });

  it('refuses names that are only spaces', () => {
    const { db } = tempProject();
    expect(() => createTag(db, { kind: 'theme', name: '   ' }, ME)).toThrow();
  });

  it('merges two speakers: aliases combine and quotes move, undo restores both', () => {
    const { db } = tempProject();
    const a = createTag(db, { kind: 'speaker', name: 'غوتيريش' }, ME);
    const b = createTag(db, { kind: 'speaker', name: 'غوتيريس', aliases: ['Guterres'] }, ME);
    const articleId = addArticle(db, TEXT);
    createHighlight(db, { articleId, ...locateQuote(db, articleId, 'التعاون ضروري'), speakerId: b.id }, ME);
    const merged = mergeTags(db, b.id, a.id, ME);
    expect(merged.aliases.sort()).toEqual(['Guterres', 'غوتيريس'].sort());
    expect(merged.count).toBe(1);
    expect(listTags(db).map((t) => t.id)).toEqual([a.id]);
    undo(db);
    expect(listTags(db).map((t) => t.name).sort()).toEqual(['غوتيريس', 'غوتيريش'].sort());
    expect(listQuotes(db)[0]!.speakerId).toBe(b.id);
  });
});

describe('highlights', () => {
  it('stores code-point offsets with quote, prefix and suffix, verified on load', () => {
    const { db } = tempProject();
    const articleId = addArticle(db, TEXT);
    const q = locateQuote(db, articleId, '😀 وإن');
    const h = createHighlight(db, { articleId, ...q, note: 'ملاحظة' }, ME);
    expect(h.exact).toBe('😀 وإن');
    expect(h.prefix.endsWith('دين له» ')).toBe(true);
    expect(h.anchor).toBe('ok');
    expect(h.note).toBe('ملاحظة');
    // Overlapping and nested highlights are fine.
    createHighlight(db, { articleId, ...locateQuote(db, articleId, 'له» 😀') }, ME);
    createHighlight(db, { articleId, ...locateQuote(db, articleId, '«الإرهاب لا دين له» 😀 وإن التعاون') }, ME);
    const hs = highlightsForArticle(db, articleId);
    expect(hs).toHaveLength(3);
    expect(hs.map((x) => x.start)).toEqual([...hs.map((x) => x.start)].sort((a, b) => a - b));
  });

  it('refuses selections outside the text, empty or white space, and unknown tags', () => {
    const { db } = tempProject();
    const articleId = addArticle(db, TEXT);
    expect(() => createHighlight(db, { articleId, start: 5, end: 5 }, ME)).toThrow(/not inside the article/);
    expect(() => createHighlight(db, { articleId, start: 0, end: 100_000 }, ME)).toThrow(/not inside the article/);
    const blank = TEXT.indexOf('\n\n');
    expect(() => createHighlight(db, { articleId, start: blank, end: blank + 2 }, ME)).toThrow(/white space/);
    expect(() => createHighlight(db, { articleId, start: 0, end: 3, speakerId: 'gone' }, ME)).toThrow(/no longer exists/);
    expect(() => locateQuote(db, articleId, 'ليس في النص')).toThrow(/not in the article/);
    expect(() => locateQuote(db, articleId, 'غوتير', 3)).toThrow(/occurs 2 time/);
    expect(highlightsForArticle(db, articleId)).toHaveLength(0);
  });

  it('undoes and redoes create, edit and delete across the log', () => {
    const { db } = tempProject();
    const articleId = addArticle(db, TEXT);
    const theme = createTag(db, { kind: 'theme', name: 'التعاون' }, ME);
    const h = createHighlight(db, { articleId, ...locateQuote(db, articleId, 'التعاون ضروري') }, ME);
    updateHighlight(db, h.id, { themeIds: [theme.id], note: 'مهم' }, ME);
    expect(highlightsForArticle(db, articleId)[0]!.themeIds).toEqual([theme.id]);
    deleteHighlight(db, h.id, ME);
    expect(highlightsForArticle(db, articleId)).toHaveLength(0);
    expect(historyState(db).undo?.label).toBe('delete highlight');
    undo(db);
    const back = highlightsForArticle(db, articleId)[0]!;
    expect(back.note).toBe('مهم');
    expect(back.themeIds).toEqual([theme.id]);
    undo(db); // the edit
    expect(highlightsForArticle(db, articleId)[0]!.note).toBeNull();
    redo(db);
    expect(highlightsForArticle(db, articleId)[0]!.note).toBe('مهم');
    // A new change drops the redo branch.
    updateHighlight(db, h.id, { note: 'جديد' }, ME);
    expect(historyState(db).redo).toBeNull();
    expect(redo(db)).toBeNull();
  });

  it('reports a highlight whose quote no longer matches instead of moving it', () => {
    const { db } = tempProject();
    const articleId = addArticle(db, TEXT);
    const h = createHighlight(db, { articleId, ...locateQuote(db, articleId, 'التعاون ضروري') }, ME);
    // Simulate a file edited elsewhere: the stored position no longer holds the quote.
    db.prepare('UPDATE highlights SET start_cp = start_cp + 3, end_cp = end_cp + 3 WHERE id = ?').run(h.id);
    const [moved] = highlightsForArticle(db, articleId);
    expect(moved!.anchor).toBe('moved');
    expect(moved!.candidate).toEqual({ start: h.start, end: h.end });
    expect(moved!.start).toBe(h.start + 3);
  });
});

describe('library filters', () => {
  it('lists only articles with quotes by a speaker or under a theme', async () => {
    const { listArticles } = await import('../articles/articles');
    const { db } = tempProject();
    const a = addArticle(db, TEXT);
    addArticle(db, 'مقال آخر\n\nلا اقتباسات هنا.');
    const s = createTag(db, { kind: 'speaker', name: 'غوتيريش' }, ME);
    const parent = createTag(db, { kind: 'theme', name: 'الأمن' }, ME);
    const child = createTag(db, { kind: 'theme', name: 'الحدود', parentId: parent.id }, ME);
    createHighlight(db, { articleId: a, ...locateQuote(db, a, 'التعاون ضروري'), speakerId: s.id, themeIds: [child.id] }, ME);
    expect(listArticles(db).total).toBe(2);
    expect(listArticles(db, { speakerId: s.id }).items.map((x) => x.id)).toEqual([a]);
    expect(listArticles(db, { themeId: parent.id }).items.map((x) => x.id)).toEqual([a]);
    expect(listArticles(db, { themeId: parent.id }).total).toBe(1);
  });
});
