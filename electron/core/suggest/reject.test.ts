import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addArticle, tempDir, tempProject } from '../../../tests/unit/temp-project';
import { createDispatcher } from '../../../shared/contract/dispatch';
import { codePointLength } from '../../../shared/text/codepoints';
import { highlightsForArticle } from '../annotations/highlights';
import { listTags } from '../annotations/tags';
import { checkProject } from '../check/check-project';
import { closeProject, createProject } from '../db/open';
import { historyState, redo, undo } from '../history/operations';
import { mergeProject } from '../merge/merge';
import { insertArticle } from '../articles/articles';
import { contentHash } from '../import/import-files';
import { acceptSuggestions } from './accept';
import { rejectSuggestion, unrejectSuggestion } from './reject';
import { suggestionsFor } from './suggest';

const ME = 'analyst';

/** An article written for these tests: three statements, two speakers. */
const TEXT = [
  'ندوة عن المياه في عمّان',
  '',
  'قال وزير المياه سامر الخطيب إن السدود امتلأت هذا الشتاء.',
  'وأضاف أن «الخطة الجديدة ستبدأ في الربيع».',
  'وقالت الباحثة هدى العلي إن الاستهلاك يرتفع كل عام.',
].join('\n');

const texts = (db: Parameters<typeof suggestionsFor>[0], id: string) => suggestionsFor(db, id).map((s) => s.text);

describe('rejecting suggestions', () => {
  it('leaves a rejected suggestion out, lists it marked on request, and undo or restore brings it back', () => {
    const { db } = tempProject();
    const articleId = addArticle(db, TEXT);
    const all = suggestionsFor(db, articleId);
    expect(all.map((s) => s.rejected)).toEqual([false, false, false]);
    const third = all[2]!;
    expect(rejectSuggestion(db, { articleId, start: third.start, end: third.end, speaker: third.speaker.name, cue: third.cue }, ME)).toEqual({ changed: true });
    expect(rejectSuggestion(db, { articleId, start: third.start, end: third.end }, ME)).toEqual({ changed: false });
    expect(texts(db, articleId)).toEqual([all[0]!.text, all[1]!.text]);
    const listed = suggestionsFor(db, articleId, undefined, { includeRejected: true });
    expect(listed.map((s) => s.rejected)).toEqual([false, false, true]);

    expect(historyState(db).undo?.label).toBe('reject suggestion');
    undo(db);
    expect(texts(db, articleId)).toHaveLength(3);
    redo(db);
    expect(texts(db, articleId)).toHaveLength(2);
    expect(unrejectSuggestion(db, { articleId, start: third.start, end: third.end }, ME)).toEqual({ changed: true });
    expect(historyState(db).undo?.label).toBe('restore suggestion');
    expect(texts(db, articleId)).toHaveLength(3);
  });

  it('refuses a span outside the article and an unknown article, changing nothing', () => {
    const { db } = tempProject();
    const articleId = addArticle(db, TEXT);
    expect(() => rejectSuggestion(db, { articleId, start: 3, end: 99_999 }, ME)).toThrow(/not inside the article/);
    expect(() => rejectSuggestion(db, { articleId: 'nope', start: 0, end: 3 }, ME)).toThrow(/No article with id nope/);
    expect(historyState(db).undo).toBeNull();
  });

  it('accepts several statements of one speaker as one undoable step, taking back a rejection of the same span', () => {
    const { db } = tempProject();
    const articleId = addArticle(db, TEXT);
    const [first, second] = suggestionsFor(db, articleId);
    rejectSuggestion(db, { articleId, start: second!.start, end: second!.end }, ME);
    const made = acceptSuggestions(
      db,
      { articleId, spans: [first!, second!].map(({ start, end }) => ({ start, end })), newSpeaker: { name: 'سامر الخطيب', role: 'وزير المياه' } },
      ME,
    );
    expect(made.map((h) => h.exact)).toEqual([first!.text, second!.text]);
    const speaker = listTags(db).find((t) => t.name === 'سامر الخطيب')!;
    expect(made.every((h) => h.speakerId === speaker.id)).toBe(true);
    expect(suggestionsFor(db, articleId, undefined, { includeRejected: true }).map((s) => [s.rejected, s.overlapsExisting])).toEqual([
      [false, true],
      [false, true],
      [false, false],
    ]);
    expect(historyState(db).undo?.label).toBe('accept suggestions');
    undo(db);
    expect(highlightsForArticle(db, articleId)).toEqual([]);
    expect(listTags(db)).toEqual([]);
    // The rejection came back with the undo.
    expect(texts(db, articleId)).toHaveLength(2);
  });

  it('a failing span in "accept all" leaves nothing behind', () => {
    const { db } = tempProject();
    const articleId = addArticle(db, TEXT);
    const [first] = suggestionsFor(db, articleId);
    expect(() =>
      acceptSuggestions(db, { articleId, spans: [{ start: first!.start, end: first!.end }, { start: 5, end: 99_999 }], newSpeaker: { name: 'شخص' } }, ME),
    ).toThrow(/not inside the article/);
    expect(highlightsForArticle(db, articleId)).toEqual([]);
    expect(listTags(db)).toEqual([]);
    expect(historyState(db).undo).toBeNull();
  });

  it('served through the contract: reject, unreject, acceptAll, forArticle with includeRejected', async () => {
    const { db } = tempProject();
    const articleId = addArticle(db, TEXT);
    const { suggestHandlers } = await import('../handlers/suggest-handlers');
    const dispatch = createDispatcher(suggestHandlers({ requireDb: () => db, actor: ME } as never) as never);
    const rows = ((await dispatch('suggest.forArticle', { articleId })) as { ok: true; result: { start: number; end: number }[] }).result;
    expect(await dispatch('suggest.reject', { articleId, start: rows[0]!.start, end: rows[0]!.end })).toEqual({ ok: true, result: { changed: true } });
    expect(await dispatch('suggest.reject', { articleId, start: 5, end: 5 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await dispatch('suggest.forArticle', { articleId, includeRejected: true })).toMatchObject({ ok: true, result: [{ rejected: true }, {}, {}] });
    expect(await dispatch('suggest.unreject', { articleId, start: rows[0]!.start, end: rows[0]!.end })).toEqual({ ok: true, result: { changed: true } });
    expect(await dispatch('suggest.acceptAll', { articleId, spans: [] })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await dispatch('suggest.acceptAll', { articleId, spans: [rows[1]] })).toMatchObject({ ok: true, result: [{ start: rows[1]!.start }] });
  });
});

describe('rejections elsewhere: check and merge', () => {
  it('daftar check reports a rejection whose words no longer match its article', () => {
    const { db, file } = tempProject();
    const articleId = addArticle(db, TEXT);
    const [first] = suggestionsFor(db, articleId);
    rejectSuggestion(db, { articleId, start: first!.start, end: first!.end }, ME);
    expect(checkProject(file)).toMatchObject({ ok: true });
    db.prepare("UPDATE suggestion_rejections SET text_hash = 'abc'").run();
    closeProject(db);
    expect(checkProject(file).problems).toEqual([expect.stringMatching(/rejected suggestion .* text hash no longer matches/)]);
  });

  it('merge takes over their rejections where our copy has the same words', () => {
    const ours = tempProject();
    const articleId = addArticle(ours.db, TEXT);
    const theirsFile = path.join(tempDir(), 'theirs.sqlite');
    const theirs = createProject(theirsFile);
    // Their copy of the same article, imported separately (another id, same text).
    insertArticle(theirs, {
      id: 'their-article', title: 'ندوة', text: TEXT, chars: codePointLength(TEXT), contentHash: contentHash(TEXT),
      originalFile: 'x.txt', encoding: 'utf-8', batchId: null,
    });
    const [, second] = suggestionsFor(theirs, 'their-article');
    rejectSuggestion(theirs, { articleId: 'their-article', start: second!.start, end: second!.end, speaker: 'سامر الخطيب' }, 'colleague');
    // A rejection whose hash does not match (a damaged row) is not taken over.
    theirs.prepare(
      "INSERT INTO suggestion_rejections (article_id, start_cp, end_cp, text_hash, rejected_by, rejected_at) VALUES ('their-article', 0, 4, 'bad', 'c', 'now')",
    ).run();
    closeProject(theirs);
    mergeProject(ours.db, theirsFile, ME);
    expect(texts(ours.db, articleId)).toHaveLength(2);
    expect(ours.db.prepare('SELECT count(*) FROM suggestion_rejections').pluck().get()).toBe(1);
    undo(ours.db);
    expect(texts(ours.db, articleId)).toHaveLength(3);
  });
});
