import { describe, expect, it } from 'vitest';
import { addArticle, tempProject } from '../../../tests/unit/temp-project';
import { codePointLength } from '../../../shared/text/codepoints';
import { createHighlight, highlightsForArticle } from '../annotations/highlights';
import { createTag, listTags } from '../annotations/tags';
import { historyState, undo } from '../history/operations';
import { createDispatcher } from '../../../shared/contract/dispatch';
import { acceptSuggestion } from './accept';
import { speakerIndex } from './resolve';
import { suggestionsFor } from './suggest';

const ME = 'analyst';

/** An article written for these tests. */
const TEXT = [
  'اجتماع إقليمي حول أمن الحدود',
  '',
  'قال وكيل الأمين العام لمكافحة الإرهاب فلاديمير فورونكوف إن التعاون الإقليمي ضروري.',
  'وأضاف أن «المرحلة المقبلة تتطلب تنسيقا أكبر».',
  'وقالت المتحدثة باسم المنظمة ليلى حداد إن التقرير سيصدر الشهر المقبل.',
].join('\n');

const offsetOf = (text: string, part: string) => codePointLength(text.slice(0, text.indexOf(part)));

describe('speaker resolution', () => {
  it('matches names and aliases exactly, then with ش/س, ال and compound-name variants, then a family name alone', () => {
    const { db } = tempProject();
    const guterres = createTag(db, { kind: 'speaker', name: 'أنطونيو غوتيريش', aliases: ['Antonio Guterres'] }, ME);
    const abdullah = createTag(db, { kind: 'speaker', name: 'عبد الله الصالح' }, ME);
    const index = speakerIndex(listTags(db));
    expect(index.resolve({ name: 'أنطونيو غوتيريش', kind: 'person' })).toMatchObject({ tag: { id: guterres.id }, match: 'exact' });
    expect(index.resolve({ name: 'انطونيو غوتيريس', kind: 'person' })).toMatchObject({ tag: { id: guterres.id }, match: 'loose' });
    expect(index.resolve({ name: 'antonio guterres', kind: 'person' })).toMatchObject({ tag: { id: guterres.id }, match: 'exact' });
    expect(index.resolve({ name: 'غوتيريس', kind: 'person' })).toMatchObject({ tag: { id: guterres.id }, match: 'loose' });
    expect(index.resolve({ name: 'عبدالله صالح', kind: 'person' })).toMatchObject({ tag: { id: abdullah.id }, match: 'loose' });
    expect(index.resolve({ name: 'فلاديمير فورونكوف', kind: 'person' })).toBeNull();
  });

  it('leaves an ambiguous family name unresolved', () => {
    const { db } = tempProject();
    createTag(db, { kind: 'speaker', name: 'سامي الحسن' }, ME);
    createTag(db, { kind: 'speaker', name: 'فادي الحسن' }, ME);
    expect(speakerIndex(listTags(db)).resolve({ name: 'الحسن', kind: 'person' })).toBeNull();
  });
});

describe('suggestionsFor and acceptSuggestion', () => {
  it('suggests statements with resolved or proposed speakers and flags the analyst\'s highlights', () => {
    const { db } = tempProject();
    const articleId = addArticle(db, TEXT);
    const voronkov = createTag(db, { kind: 'speaker', name: 'فورونكوف', aliases: ['فلاديمير فورونكوف'] }, ME);
    const mine = offsetOf(TEXT, 'التقرير سيصدر');
    createHighlight(db, { articleId, start: mine, end: mine + 6 }, ME);
    const list = suggestionsFor(db, articleId);
    expect(list.map((s) => [s.text, s.speaker.name, s.speaker.speakerId, s.overlapsExisting])).toEqual([
      ['التعاون الإقليمي ضروري', 'فورونكوف', voronkov.id, false],
      ['«المرحلة المقبلة تتطلب تنسيقا أكبر»', 'فورونكوف', voronkov.id, false],
      ['التقرير سيصدر الشهر المقبل', 'ليلى حداد', null, true],
    ]);
    expect(list[2]!.speaker).toMatchObject({ role: 'المتحدثة باسم المنظمة', organisation: 'المنظمة', kind: 'person', match: null });
    for (const s of list) expect([...TEXT].slice(s.start, s.end).join('')).toBe(s.text);
  });

  it('accepts a suggestion as a highlight with a new speaker, undoably, and reuses that speaker next time', () => {
    const { db } = tempProject();
    const articleId = addArticle(db, TEXT);
    const [first, second] = suggestionsFor(db, articleId);
    const h = acceptSuggestion(db, { articleId, start: first!.start, end: first!.end, newSpeaker: { name: 'فلاديمير فورونكوف', role: 'وكيل الأمين العام' } }, ME);
    expect(h).toMatchObject({ articleId, start: first!.start, end: first!.end, exact: 'التعاون الإقليمي ضروري' });
    const speaker = listTags(db).find((t) => t.id === h.speakerId)!;
    expect(speaker).toMatchObject({ kind: 'speaker', name: 'فلاديمير فورونكوف', role: 'وكيل الأمين العام' });
    // The same name again (another spelling of alef) is the same speaker, not a new one.
    const h2 = acceptSuggestion(db, { articleId, start: second!.start, end: second!.end, newSpeaker: { name: 'فلاديمير فورونكوف' } }, ME);
    expect(h2.speakerId).toBe(speaker.id);
    expect(listTags(db).filter((t) => t.kind === 'speaker')).toHaveLength(1);
    expect(suggestionsFor(db, articleId).slice(0, 2).every((s) => s.overlapsExisting)).toBe(true);
    // Each acceptance is one step back: the second took only its highlight, the first its
    // highlight and the speaker it created.
    expect(historyState(db).undo?.label).toBe('accept suggestion');
    undo(db);
    expect(highlightsForArticle(db, articleId)).toHaveLength(1);
    undo(db);
    expect(highlightsForArticle(db, articleId)).toEqual([]);
    expect(listTags(db)).toEqual([]);
    expect(historyState(db).undo).toBeNull();
  });

  it('creates nothing when the highlight cannot be made, and refuses a theme as speaker', () => {
    const { db } = tempProject();
    const articleId = addArticle(db, TEXT);
    expect(() => acceptSuggestion(db, { articleId, start: 5, end: 999_999, newSpeaker: { name: 'شخص جديد' } }, ME)).toThrow(/not inside the article/);
    expect(listTags(db)).toEqual([]);
    const theme = createTag(db, { kind: 'theme', name: 'الأمن' }, ME);
    expect(() => acceptSuggestion(db, { articleId, start: 40, end: 50, speakerId: theme.id }, ME)).toThrow(/theme, not a speaker/);
  });

  it('is served through the contract (validated requests)', async () => {
    const { db } = tempProject();
    const articleId = addArticle(db, TEXT);
    const session = { requireDb: () => db, actor: ME };
    const { suggestHandlers } = await import('../handlers/suggest-handlers');
    const handlers = suggestHandlers(session as never);
    const dispatch = createDispatcher(handlers as never);
    const listed = await dispatch('suggest.forArticle', { articleId });
    expect(listed).toMatchObject({ ok: true });
    const rows = (listed as { ok: true; result: { start: number; end: number }[] }).result;
    expect(rows).toHaveLength(3);
    const both = await dispatch('suggest.accept', { articleId, start: rows[0]!.start, end: rows[0]!.end, speakerId: 'x', newSpeaker: { name: 'y' } });
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const ok = await dispatch('suggest.accept', { articleId, start: rows[0]!.start, end: rows[0]!.end, newSpeaker: { name: 'فلاديمير فورونكوف' } });
    expect(ok).toMatchObject({ ok: true, result: { start: rows[0]!.start } });
  });
});
