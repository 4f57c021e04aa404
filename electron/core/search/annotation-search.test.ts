import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchMethods, type NoteResult, type QuoteResult } from '../../../shared/contract/search';
import { codePointToUtf16 } from '../../../shared/text/codepoints';
import { tempDir } from '../../../tests/fixtures/make-fixtures';
import { createHighlight, deleteHighlight, locateQuote, updateHighlight } from '../annotations/highlights';
import { createTag, mergeTags } from '../annotations/tags';
import { closeProject, openProject } from '../db/open';
import { redo, undo } from '../history/operations';
import { cliSearch } from './cli';
import { search, type SearchRequest, type SearchResponse } from './search';
import { fixtureProject, type FixtureProject } from './search-fixtures';

const ME = 'analyst';
let p: FixtureProject;
let guterres: string;
let security: string;
let terrorism: string;
let economy: string;

/** A quote of the fixture text, made through core as the reader would. */
function quote(key: string, text: string, extra: { speakerId?: string; themeIds?: string[]; note?: string } = {}): string {
  const at = locateQuote(p.db, p.ids[key], text);
  return createHighlight(p.db, { articleId: p.ids[key], ...at, ...extra }, ME).id;
}

beforeEach(() => {
  p = fixtureProject(tempDir());
  guterres = createTag(p.db, { kind: 'speaker', name: 'أنطونيو غوتيريش', aliases: ['غوتيريس', 'Guterres'] }, ME).id;
  security = createTag(p.db, { kind: 'theme', name: 'أمن', labelEn: 'Security' }, ME).id;
  terrorism = createTag(p.db, { kind: 'theme', name: 'إرهاب', parentId: security }, ME).id;
  economy = createTag(p.db, { kind: 'theme', name: 'اقتصاد' }, ME).id;
});
afterEach(() => p.close());

function run(query: string, extra: Partial<SearchRequest> = {}): SearchResponse {
  const response = search(p.db, { query, limit: 50, offset: 0, filters: {}, ...extra });
  // Every response must be what the contract promises the renderer.
  searchMethods['search.query'].response.parse(response);
  return response;
}
const articles = (query: string, extra: Partial<SearchRequest> = {}): string[] =>
  run(query, extra)
    .results.map((r) => p.keyOf(r.articleId))
    .sort();
const quotes = (query: string, extra: Partial<SearchRequest> = {}): QuoteResult[] => run(query, { scope: 'quotes', ...extra }).results as QuoteResult[];
const notes = (query: string, extra: Partial<SearchRequest> = {}): NoteResult[] => run(query, { scope: 'notes', ...extra }).results as NoteResult[];
const marked = (r: { snippet: { text: string; marks: { start: number; end: number }[] } }): string[] =>
  r.snippet.marks.map((m) => r.snippet.text.slice(codePointToUtf16(r.snippet.text, m.start), codePointToUtf16(r.snippet.text, m.end)));

describe('speaker: and theme: filters on articles', () => {
  beforeEach(() => {
    quote('security-council', 'يدعو إلى وقف القتال', { speakerId: guterres });
    quote('terror-conference', 'الإرهاب لا دين له', { themeIds: [terrorism] });
    quote('covid', 'التعافي سيستغرق عامين', { themeIds: [economy] });
  });

  it('keeps articles with a quote of the speaker, by name or any alias, however it is spelled', () => {
    expect(articles('الأمن')).toEqual(['council-apart', 'security-council']);
    expect(articles('الأمن speaker:غوتيريس')).toEqual(['security-council']);
    expect(articles('الأمن speaker:"انطونيو غوتيريش"')).toEqual(['security-council']); // no hamza typed
    expect(articles('الأمن متحدث:guterres')).toEqual(['security-council']); // Latin alias, any case
    expect(articles('الأمن speaker:غوتيريش')).toEqual(['security-council']); // part of the name
    expect(articles('الأمن', { filters: { speakerId: guterres } })).toEqual(['security-council']);
  });

  it('keeps articles with a quote coded with the theme or any theme below it', () => {
    expect(articles('الإرهاب theme:إرهاب')).toEqual(['terror-conference']);
    expect(articles('الإرهاب theme:أمن')).toEqual(['terror-conference']); // the parent brings its child
    expect(articles('theme:security')).toEqual(['terror-conference']); // by English label, no words
    expect(articles('الإرهاب theme:اقتصاد')).toEqual([]);
    expect(articles('', { filters: { themeId: security } })).toEqual(['terror-conference']);
    expect(articles('', { filters: { themeId: economy } })).toEqual(['covid']);
  });

  it('says which speaker or theme it does not know, as a code the UI translates', () => {
    const r = run('الأمن speaker:بان theme:رياضة');
    expect(r.results).toEqual([]);
    expect(r.notes.map((n) => n.code)).toEqual(['no_speaker', 'no_theme']);
    expect(r.notes[0].params).toEqual({ names: '“بان”' });
    expect(r.explanation).toMatch(/No speaker .*“بان”/);
  });

  it('the panel pick and a typed name must both hold', () => {
    expect(articles('theme:إرهاب', { filters: { themeId: security } })).toEqual(['terror-conference']);
    expect(articles('theme:اقتصاد', { filters: { themeId: security } })).toEqual([]);
  });
});

describe('the quotes scope', () => {
  it('searches the text of quotes, with their speaker and themes, and marks the hits', () => {
    const h = quote('terror-conference', 'الإرهاب لا دين له', { speakerId: guterres, themeIds: [terrorism] });
    quote('terror-conference', 'تجفيف منابع تمويل الإرهاب');
    quote('covid', 'التعافي سيستغرق عامين');
    const found = quotes('ارهاب');
    expect(found.map((q) => q.snippet.text)).toEqual(['الإرهاب لا دين له', 'تجفيف منابع تمويل الإرهاب']);
    const [first] = found;
    expect(first).toMatchObject({
      kind: 'quote',
      highlightId: h,
      articleId: p.ids['terror-conference'],
      articleTitle: 'مؤتمر دولي لمكافحة الإرهاب',
      speaker: { id: guterres, name: 'أنطونيو غوتيريش' },
      themes: [{ id: terrorism, name: 'إرهاب' }],
      hits: 1,
    });
    expect(marked(first)).toEqual(['الإرهاب']);
    expect(first.start).toBe(locateQuote(p.db, p.ids['terror-conference'], 'الإرهاب لا دين له').start);
    // The article has الإرهاب outside any quote too: only quotes are searched here.
    expect(quotes('الشباب')).toEqual([]);
  });

  it('applies the query language: phrases, OR, exclusions, prefixes', () => {
    quote('terror-conference', 'الإرهاب لا دين له');
    quote('security-council', 'وأصدر “مجلس الأمن” بياناً');
    quote('syria', 'سوريا تحتاج إلى دعم');
    expect(quotes('"مجلس الأمن"').map((q) => marked(q))).toEqual([['مجلس الأمن']]);
    expect(quotes('سوريا OR دين')).toHaveLength(2);
    expect(quotes('سوريا OR دين -دعم').map((q) => q.snippet.text)).toEqual(['الإرهاب لا دين له']);
    expect(quotes('بيان*')).toHaveLength(1);
  });

  it('filters quotes by speaker (alias), theme (with sub-themes), and their article’s source and date', () => {
    quote('terror-conference', 'الإرهاب لا دين له', { speakerId: guterres, themeIds: [terrorism] });
    quote('terror-conference', 'تجفيف منابع تمويل الإرهاب', { themeIds: [security] });
    quote('terror-brief', 'الهجمات الإرهابية في المنطقة', { speakerId: guterres });
    expect(quotes('الإرهاب speaker:غوتيريس')).toHaveLength(2);
    expect(quotes('الإرهاب theme:إرهاب')).toHaveLength(1);
    expect(quotes('الإرهاب theme:أمن')).toHaveLength(2);
    expect(quotes('speaker:guterres theme:أمن').map((q) => q.snippet.text)).toEqual(['الإرهاب لا دين له']);
    expect(quotes('الإرهاب date:2018-07')).toHaveLength(1);
    expect(quotes('الإرهاب source:الانباء')).toHaveLength(3);
    // Filters alone list the quotes in reading order.
    const listed = quotes('', { filters: { speakerId: guterres } });
    expect(listed.map((q) => q.snippet.text)).toEqual(['الإرهاب لا دين له', 'الهجمات الإرهابية في المنطقة']);
    expect(listed.every((q) => q.hits === 0)).toBe(true);
  });

  it('pages like the articles do', () => {
    for (const w of ['الإرهاب لا دين له', 'التصدي للإرهاب', 'والإرهاب الإلكتروني', 'تمويل الإرهاب']) quote('terror-conference', w);
    const first = run('الإرهاب', { scope: 'quotes', limit: 3 });
    const second = run('الإرهاب', { scope: 'quotes', limit: 3, offset: 3 });
    expect(first.total).toBe(4);
    expect(first.results).toHaveLength(3);
    expect(second.results).toHaveLength(1);
  });

  it('stays right after an edit, a delete, undo, redo and a speaker merge', () => {
    const h = quote('terror-conference', 'الإرهاب لا دين له');
    expect(quotes('الإرهاب speaker:غوتيريس')).toHaveLength(0);
    updateHighlight(p.db, h, { speakerId: guterres }, ME);
    expect(quotes('الإرهاب speaker:غوتيريس')).toHaveLength(1);
    undo(p.db);
    expect(quotes('الإرهاب speaker:غوتيريس')).toHaveLength(0);
    redo(p.db);
    expect(quotes('الإرهاب speaker:غوتيريس')).toHaveLength(1);
    deleteHighlight(p.db, h, ME);
    expect(quotes('الإرهاب')).toHaveLength(0);
    undo(p.db);
    expect(quotes('الإرهاب').map((q) => q.highlightId)).toEqual([h]);
    // Merging another speaker into Guterres makes its name one of his aliases.
    const sg = createTag(p.db, { kind: 'speaker', name: 'الأمين العام' }, ME).id;
    const other = quote('terror-brief', 'الهجمات الإرهابية', { speakerId: sg });
    mergeTags(p.db, sg, guterres, ME);
    expect(quotes('speaker:"الأمين العام"').map((q) => q.highlightId).sort()).toEqual([h, other].sort());
  });
});

describe('what another connection writes', () => {
  it('is searched at once (the quotes read from the tables are cached only until something changes)', () => {
    quote('terror-conference', 'الإرهاب لا دين له');
    expect(quotes('الإرهاب')).toHaveLength(1);
    // The CLI (or another window) adds a quote to the same file.
    const other = openProject(p.file);
    const at = locateQuote(other, p.ids['terror-brief'], 'الهجمات الإرهابية');
    createHighlight(other, { articleId: p.ids['terror-brief'], ...at, note: 'من نافذة أخرى' }, ME);
    closeProject(other);
    expect(quotes('الإرهاب')).toHaveLength(2);
    expect(notes('نافذة')).toHaveLength(1);
  });
});

describe('the notes scope', () => {
  it('searches notes on quotes and on whole articles, with what they are attached to', () => {
    const h = quote('terror-conference', 'الإرهاب لا دين له', { speakerId: guterres, themeIds: [terrorism], note: 'تصريح مهم عن التطرف' });
    const now = new Date().toISOString();
    const articleNote = randomUUID();
    p.db.prepare('INSERT INTO notes (id, highlight_id, article_id, text, created_by, created_at, updated_by, updated_at) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)')
      .run(articleNote, p.ids['covid'], 'مقال عن التطرف الاقتصادي', ME, now, ME, now);
    const found = notes('التطرف');
    expect(found).toHaveLength(2);
    const onQuote = found.find((n) => n.highlightId === h)!;
    expect(onQuote).toMatchObject({
      kind: 'note',
      quote: 'الإرهاب لا دين له',
      articleId: p.ids['terror-conference'],
      speaker: { name: 'أنطونيو غوتيريش' },
      themes: [{ name: 'إرهاب' }],
    });
    expect(marked(onQuote)).toEqual(['التطرف']);
    const onArticle = found.find((n) => n.noteId === articleNote)!;
    expect(onArticle).toMatchObject({ highlightId: null, quote: null, speaker: null, themes: [], articleId: p.ids['covid'] });
    // A note on a quote follows the quote's speaker; one on an article follows its quotes.
    expect(notes('التطرف speaker:غوتيريس').map((n) => n.noteId)).toEqual([onQuote.noteId]);
    expect(notes('التطرف source:bbc').map((n) => n.noteId)).toEqual([articleNote]);
    // Quotes are not notes: the quote's words are not in the notes scope.
    expect(notes('دين')).toEqual([]);
  });

  it('follows note edits, deletes and undo', () => {
    const h = quote('terror-conference', 'الإرهاب لا دين له', { note: 'ملاحظة أولى' });
    expect(notes('أولى')).toHaveLength(1);
    updateHighlight(p.db, h, { note: 'ملاحظة ثانية' }, ME);
    expect(notes('أولى')).toHaveLength(0);
    expect(notes('ثانية')).toHaveLength(1);
    undo(p.db);
    expect(notes('أولى')).toHaveLength(1);
    deleteHighlight(p.db, h, ME);
    expect(notes('ملاحظة')).toHaveLength(0);
    undo(p.db);
    expect(notes('ملاحظة')).toHaveLength(1);
  });
});

describe('daftar search --scope', () => {
  it('prints quotes with speaker and theme names, and takes --speaker/--theme by exact name', () => {
    const h = quote('terror-conference', 'الإرهاب لا دين له', { speakerId: guterres, themeIds: [terrorism], note: 'عن التطرف' });
    const out = cliSearch(p.db, 'الإرهاب', { scope: 'quotes' });
    expect(out.results).toEqual([
      {
        highlightId: h,
        articleId: p.ids['terror-conference'],
        file: 'terror-conference.txt',
        title: 'مؤتمر دولي لمكافحة الإرهاب',
        snippet: 'الإرهاب لا دين له',
        hits: 1,
        speaker: 'أنطونيو غوتيريش',
        themes: ['إرهاب'],
      },
    ]);
    expect(cliSearch(p.db, 'الإرهاب', { scope: 'quotes', theme: 'أمن' }).total).toBe(1);
    expect(cliSearch(p.db, 'الإرهاب', { scope: 'quotes', theme: 'اقتصاد' }).total).toBe(0);
    expect(() => cliSearch(p.db, 'الإرهاب', { speaker: 'بان' })).toThrow(/No speaker named "بان"/);
    expect(cliSearch(p.db, 'التطرف', { scope: 'notes' }).results[0]).toMatchObject({ highlightId: h, quote: 'الإرهاب لا دين له', snippet: 'عن التطرف' });
  });
});
