/**
 * Merge carries migration 4's article metadata (place, abstract, folded paragraphs) when it
 * adds an article from the other file; folded ranges that do not fit the text are dropped.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeOldProject } from '../../../tests/fixtures/make-fixtures';
import { tempDir, tempProject } from '../../../tests/unit/temp-project';
import { getArticle, insertArticle } from '../articles/articles';
import { closeProject } from '../db/open';
import { contentHash } from '../import/import-files';
import { codePointLength } from '../../../shared/text/codepoints';
import { foldedRanges, mergeProject } from './merge';

const TEXT = 'اجتماع وزراء الخارجية\n\nعقد الوزراء اجتماعاً في العاصمة.\n\nتابعونا على مواقع التواصل.\n\nتابعونا على مواقع التواصل.';

describe('merge and article metadata', () => {
  it('an added article keeps its place, abstract and folded paragraphs', () => {
    const theirs = tempProject();
    insertArticle(theirs.db, {
      id: 'their-article', title: 'اجتماع وزراء الخارجية', text: TEXT, chars: codePointLength(TEXT), contentHash: contentHash(TEXT),
      source: 'وكالة', place: 'عمّان', abstract: 'ملخص قصير كتبه المحرر.', folded: [{ start: 2, end: 4, reason: 'repeated' }],
      originalFile: 'meeting.txt', encoding: 'utf-8', batchId: null,
    });
    closeProject(theirs.db);
    const ours = tempProject();
    expect(mergeProject(ours.db, theirs.file, 'سلمى').articles).toEqual({ added: 1, matched: 0 });
    const a = getArticle(ours.db, 'their-article');
    expect(a).toMatchObject({ place: 'عمّان', folded: [{ start: 2, end: 4, reason: 'repeated' }], source: 'وكالة', file: 'meeting.txt' });
    expect(ours.db.prepare('SELECT abstract FROM articles WHERE id = ?').pluck().get('their-article')).toBe('ملخص قصير كتبه المحرر.');
  });

  it('an article from a project older than migration 4 comes without them', () => {
    const old = makeOldProject(path.join(tempDir(), 'v3.sqlite'), 3, { id: 'old-article', title: 'خبر', text: TEXT });
    const ours = tempProject();
    expect(mergeProject(ours.db, old, 'سلمى').articles.added).toBe(1);
    expect(getArticle(ours.db, 'old-article')).toMatchObject({ place: null, folded: [] });
  });

  it('folded ranges are taken only when well-formed and inside the text', () => {
    expect(foldedRanges('[{"start":2,"end":4,"reason":"repeated"}]', TEXT)).toEqual([{ start: 2, end: 4, reason: 'repeated' }]);
    for (const bad of ['[{"start":2,"end":9,"reason":"repeated"}]', '[{"start":3,"end":2,"reason":"repeated"}]', '[{"start":0,"end":1,"reason":"evil"}]', '{"x":1}', 'not json', null]) {
      expect(foldedRanges(bad, TEXT)).toBeNull();
    }
  });
});
