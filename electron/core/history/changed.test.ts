/** What undo and redo report as changed: read from the operation log, for each kind of operation. */
import { describe, expect, it } from 'vitest';
import { addArticle, tempProject } from '../../../tests/unit/temp-project';
import { createHighlight, deleteHighlight, locateQuote, updateHighlight } from '../annotations/highlights';
import { createTag, deleteTag, mergeTags, updateTag } from '../annotations/tags';
import { updateArticleMeta } from '../articles/update-meta';
import { closeProject, openProject } from '../db/open';
import { COUNCIL_TEXT, insertFixtureArticle } from '../export/notebook-fixture';
import { mergeProject } from '../merge/merge';
import { acceptSuggestion } from '../suggest/accept';
import { rejectSuggestion } from '../suggest/reject';
import { suggestionsFor } from '../suggest/suggest';
import { redo, undo } from './operations';

const ME = 'analyst';

/** Two articles written for these tests. */
const WATER = ['ندوة عن المياه في عمّان', '', 'قال وزير المياه سامر الخطيب إن السدود امتلأت هذا الشتاء.', 'وأضاف أن «الخطة الجديدة ستبدأ في الربيع».'].join('\n');
const ROADS = ['طرق جديدة في الجنوب', '', 'قالت المهندسة ليلى حداد إن العمل سينتهي قبل الصيف.'].join('\n');

const NOTHING = { tables: [], kinds: [], articleIds: [], metadata: [], annotations: [], rejections: [] };

function project() {
  const { db, file } = tempProject();
  const water = addArticle(db, WATER);
  const roads = addArticle(db, ROADS);
  const quote = (articleId: string, text: string, extra: { speakerId?: string; themeIds?: string[]; note?: string } = {}) =>
    createHighlight(db, { articleId, ...locateQuote(db, articleId, text), ...extra }, ME);
  return { db, file, water, roads, quote };
}

describe('undo and redo report what the operation changed', () => {
  it('a new quote with themes and a note: its article, as highlights and notes; redo says the same', () => {
    const { db, water, quote } = project();
    const theme = createTag(db, { kind: 'theme', name: 'المياه' }, ME);
    quote(water, 'السدود امتلأت', { themeIds: [theme.id], note: 'رقم مهم' });
    const expected = {
      tables: ['highlight_themes', 'highlights', 'notes'],
      kinds: ['highlights', 'notes'],
      articleIds: [water],
      metadata: [],
      annotations: [water],
      rejections: [],
    };
    expect(undo(db)?.changed).toEqual(expected);
    expect(redo(db)?.changed).toEqual(expected);
  });

  it('a quote deleted with its note and themes names its article, though the quote is gone before redo', () => {
    const { db, water, quote } = project();
    const theme = createTag(db, { kind: 'theme', name: 'المياه' }, ME);
    const h = quote(water, 'السدود امتلأت', { themeIds: [theme.id], note: 'رقم مهم' });
    deleteHighlight(db, h.id, ME);
    expect(undo(db)?.changed).toMatchObject({ kinds: ['highlights', 'notes'], annotations: [water] });
    expect(redo(db)?.changed).toMatchObject({ kinds: ['highlights', 'notes'], annotations: [water] });
  });

  it('changing only a quote\'s themes names its article', () => {
    const { db, roads, quote } = project();
    const a = createTag(db, { kind: 'theme', name: 'الطرق' }, ME);
    const h = quote(roads, 'العمل سينتهي');
    updateHighlight(db, h.id, { themeIds: [a.id] }, ME);
    expect(undo(db)?.changed).toMatchObject({ tables: ['highlight_themes', 'highlights'], kinds: ['highlights'], articleIds: [roads] });
  });

  it('a metadata edit: that article, with the fields that changed, and nothing else', () => {
    const { db, water } = project();
    updateArticleMeta(db, { id: water, title: 'ندوة المياه', source: 'صحيفة الصباح', published: '', place: '', url: '', author: '' }, ME);
    const expected = { ...NOTHING, tables: ['articles'], kinds: ['metadata'], articleIds: [water], metadata: [{ id: water, fields: ['title', 'source'] }] };
    expect(undo(db)?.changed).toEqual(expected);
    expect(redo(db)?.changed).toEqual(expected);
  });

  it('creating or renaming a speaker: the codebook only, no article', () => {
    const { db } = project();
    const s = createTag(db, { kind: 'speaker', name: 'سامر الخطيب', aliases: ['الخطيب'] }, ME);
    updateTag(db, s.id, { name: 'سامر الخطيب الوزير' }, ME);
    expect(undo(db)?.changed).toEqual({ ...NOTHING, tables: ['tags'], kinds: ['codebook'] });
    expect(undo(db)?.changed).toEqual({ ...NOTHING, tables: ['tag_aliases', 'tags'], kinds: ['codebook'] });
  });

  it('deleting a speaker and a theme used in two articles: the codebook and both articles', () => {
    const { db, water, roads, quote } = project();
    const speaker = createTag(db, { kind: 'speaker', name: 'مسؤول' }, ME);
    const theme = createTag(db, { kind: 'theme', name: 'البنية التحتية' }, ME);
    quote(water, 'السدود امتلأت', { speakerId: speaker.id });
    quote(roads, 'العمل سينتهي', { speakerId: speaker.id });
    quote(water, 'الخطة الجديدة', { themeIds: [theme.id] });
    quote(roads, 'قبل الصيف', { themeIds: [theme.id] });
    deleteTag(db, speaker.id, ME);
    expect(undo(db)?.changed).toMatchObject({ kinds: ['codebook', 'highlights'], tables: ['highlights', 'tags'], annotations: [water, roads].sort() });
    // A theme's links name only their quotes: the articles are found through them.
    deleteTag(db, theme.id, ME);
    expect(undo(db)?.changed).toMatchObject({ kinds: ['codebook', 'highlights'], tables: ['highlight_themes', 'tags'], annotations: [water, roads].sort() });
  });

  it('merging two speakers: the codebook and the articles whose quotes moved', () => {
    const { db, roads, quote } = project();
    const a = createTag(db, { kind: 'speaker', name: 'ليلى حداد' }, ME);
    const b = createTag(db, { kind: 'speaker', name: 'المهندسة ليلى' }, ME);
    quote(roads, 'العمل سينتهي', { speakerId: b.id });
    mergeTags(db, b.id, a.id, ME);
    expect(undo(db)?.changed).toMatchObject({ kinds: ['codebook', 'highlights'], articleIds: [roads], annotations: [roads] });
  });

  it('rejecting a suggestion: that article\'s rejections', () => {
    const { db, water } = project();
    const s = suggestionsFor(db, water)[0]!;
    rejectSuggestion(db, { articleId: water, start: s.start, end: s.end }, ME);
    expect(undo(db)?.changed).toEqual({ ...NOTHING, tables: ['suggestion_rejections'], kinds: ['rejections'], articleIds: [water], rejections: [water] });
  });

  it('accepting a rejected suggestion with a new speaker is one step: codebook, quote and rejection together', () => {
    const { db, water } = project();
    const s = suggestionsFor(db, water)[0]!;
    rejectSuggestion(db, { articleId: water, start: s.start, end: s.end }, ME);
    acceptSuggestion(db, { articleId: water, start: s.start, end: s.end, newSpeaker: { name: 'سامر الخطيب', role: 'وزير المياه', organisation: null } }, ME);
    expect(undo(db)?.changed).toEqual({
      tables: ['highlights', 'suggestion_rejections', 'tags'],
      kinds: ['codebook', 'highlights', 'rejections'],
      articleIds: [water],
      metadata: [],
      annotations: [water],
      rejections: [water],
    });
    // The step before it is the rejection alone.
    expect(undo(db)?.changed?.kinds).toEqual(['rejections']);
  });

  it('an operation another connection recorded (the CLI) is reported from the shared log', () => {
    const { db, file, roads } = project();
    const other = openProject(file);
    createHighlight(other, { articleId: roads, ...locateQuote(other, roads, 'العمل سينتهي'), note: 'من سطر الأوامر' }, 'cli');
    closeProject(other);
    expect(undo(db)?.changed).toMatchObject({ kinds: ['highlights', 'notes'], articleIds: [roads] });
  });

  it('a merge undone by Ctrl+Z: the codebook and the articles its quotes and notes are in', () => {
    const { db, water } = project();
    const council = insertFixtureArticle(db, COUNCIL_TEXT, { source: 'وكالة الأنباء' });
    const colleague = tempProject();
    const theirs = insertFixtureArticle(colleague.db, COUNCIL_TEXT, { source: 'وكالة الأنباء' });
    const speaker = createTag(colleague.db, { kind: 'speaker', name: 'غوتيريس' }, 'زميل').id;
    createHighlight(colleague.db, { articleId: theirs, ...locateQuote(colleague.db, theirs, 'في كلمته أمام المجلس'), speakerId: speaker, note: 'سياق' }, 'زميل');
    closeProject(colleague.db);
    mergeProject(db, colleague.file, ME);
    const changed = undo(db)?.changed;
    expect(changed).toMatchObject({ kinds: ['codebook', 'highlights', 'notes'], annotations: [council], metadata: [] });
    expect(changed?.articleIds).not.toContain(water);
  });

  it('nothing to undo or redo: no report', () => {
    const { db } = project();
    expect(undo(db)).toBeNull();
    expect(redo(db)).toBeNull();
  });
});
