import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchMethods } from '../../../shared/contract/search';
import { codePointToUtf16 } from '../../../shared/text/codepoints';
import { tempDir } from '../../../tests/fixtures/make-fixtures';
import { articleHits, searchArticles, type SearchResponse } from './search';
import { ARTICLES, batchId, fixtureProject, type FixtureProject } from './search-fixtures';
import { findHits } from '../../../shared/search/match';
import { insertArticle } from '../articles/articles';
import { toFtsMatch } from '../../../shared/search/fts';
import { parseQuery } from '../../../shared/search/query';
import { articleVocabulary } from './vocabulary';

let p: FixtureProject;
beforeEach(() => {
  p = fixtureProject(tempDir());
});
afterEach(() => p.close());

function search(query: string, extra: Partial<Parameters<typeof searchArticles>[1]> = {}): SearchResponse {
  const response = searchArticles(p.db, { query, limit: 50, offset: 0, filters: {}, ...extra });
  // Every response must be what the contract promises the renderer.
  searchMethods['search.query'].response.parse(response);
  return response;
}
const found = (query: string, extra: Partial<Parameters<typeof searchArticles>[1]> = {}): string[] =>
  search(query, extra).results.map((r) => p.keyOf(r.articleId)).sort();

/** The marked words of a snippet, as the UI would cut them. */
const marked = (r: SearchResponse['results'][number]): string[] =>
  r.snippet.marks.map((m) => r.snippet.text.slice(codePointToUtf16(r.snippet.text, m.start), codePointToUtf16(r.snippet.text, m.end)));

describe('search.query: what an Arabic reader means', () => {
  it('الارهاب finds الإرهاب, والإرهاب and للإرهاب (and the adjective), not unrelated words', () => {
    const response = search('الارهاب');
    // terror-brief only has الإرهابية: same stem, ranked below the article about terrorism.
    expect(response.results.map((r) => p.keyOf(r.articleId))).toEqual(['terror-conference', 'terror-brief']);
    const [hit] = response.results;
    expect(hit.hits).toBe(6); // the title line and five forms in the body, each marked
    expect(marked(hit)).toContain('الإرهابِ');
    expect(response.explanation).toBeUndefined();
  });

  it('finds the adjective through its stem, and a prefix finds both', () => {
    expect(found('إرهابية')).toEqual(['terror-brief', 'terror-conference']);
    expect(found('إرهاب*')).toEqual(['terror-brief', 'terror-conference']);
  });

  it('a prefix finds exactly the articles whose words start with it, with or without suffixes (index and hit marker agree)', () => {
    // The bare column only holds forms that differ from their stem (analyze.ts): ارها* must
    // still find الإرهاب (stem = bare = ارهاب) through the stem column, and ارهابي* only
    // the words that go on past the stem (الإرهابية), not الإرهاب.
    expect(found('ارها*')).toEqual(['terror-brief', 'terror-conference']);
    expect(found('الإرهابي*')).toEqual(['terror-brief']);
    for (const q of ['ارها*', 'الإرهابي*', 'مؤتمر*', 'وكال*', 'الم*', 'دو*', 'سور*', 'cn*', '36*', 'تعتب*']) {
      const parsed = parseQuery(q);
      const byMarker = ARTICLES.filter((a) => findHits(`${a.title}\n${a.text}`, parsed).length > 0)
        .map((a) => a.key)
        .sort();
      expect(found(q), q).toEqual(byMarker);
    }
  });

  it('تعتبر finds تُعتبر, كوفيد finds كـوفيد, ٣٦٠ finds 360 and back, Latin ignores case', () => {
    expect(found('تعتبر')).toEqual(['covid', 'security-council']);
    expect(found('كوفيد')).toEqual(['covid']);
    expect(found('٣٦٠')).toEqual(['council-apart', 'covid']);
    expect(found('360')).toEqual(['council-apart', 'covid']);
    expect(found('cnn')).toEqual(['covid']);
    expect(found('Bbc')).toEqual(['covid']);
  });

  it('finds a name with a preposition attached, but keeps look-alike words apart', () => {
    expect(found('سوريا')).toEqual(['syria']);
    expect(found('وزير')).toEqual(['lookalikes']); // الوزيرُ
    expect(found('زير')).toEqual(['lookalikes']); // الزير (and وزير could be و + زير)
    expect(found('الزير')).toEqual(['lookalikes']);
    expect(found('وحدة')).toEqual(['lookalikes']);
    expect(found('ولاية')).toEqual(['lookalikes']);
    expect(found('لا')).toEqual(['terror-conference']); // neither ولاية nor ولا (two letters take no clitics)
    expect(found('بيان')).toEqual(['lookalikes', 'security-council']);
  });

  it('a quoted phrase matches the adjacent words only', () => {
    expect(found('مجلس الأمن')).toEqual(['council-apart', 'security-council']);
    expect(found('"مجلس الأمن"')).toEqual(['security-council']);
    expect(found('«مجلس الأمن»')).toEqual(['security-council']);
    const [r] = search('"مجلس الأمن"').results;
    expect(r.hits).toBe(3);
    expect(marked(r)[0]).toBe('مجلس الأمن');
  });

  it('OR, exclusion and NOT', () => {
    expect(found('كوفيد OR سوريا')).toEqual(['covid', 'syria']);
    expect(found('الأمن -الأزمة')).toEqual(['council-apart']);
    expect(found('الأمن NOT الأزمة')).toEqual(['council-apart']);
  });

  it('ranks the article where the word matters most first', () => {
    const keys = search('الإرهاب OR الإرهابية').results.map((r) => p.keyOf(r.articleId));
    expect(keys).toEqual(['terror-conference', 'terror-brief']);
    const scores = search('الإرهاب OR الإرهابية').results.map((r) => r.score);
    expect(scores[0]).toBeGreaterThan(scores[1]);
  });

  it('pages with limit and offset, with the total of all matches', () => {
    const all = search('قال'); // قال and وقال
    expect(all.total).toBe(4);
    const first = search('قال', { limit: 2 });
    const second = search('قال', { limit: 2, offset: 2 });
    expect(first.total).toBe(all.total);
    expect(second.total).toBe(all.total);
    expect(first.results).toHaveLength(2);
    expect([...first.results, ...second.results].map((r) => r.articleId)).toEqual(all.results.slice(0, 4).map((r) => r.articleId));
    // A short last page gives the total without counting again.
    const last = search('قال', { limit: 3, offset: 3 });
    expect(last.results.map((r) => r.articleId)).toEqual([all.results[3].articleId]);
    expect(last.total).toBe(all.total);
    const past = search('قال', { limit: 2, offset: 100 });
    expect(past.results).toEqual([]);
    expect(past.total).toBe(all.total);
  });

  it('returns file, title, source, date and a snippet from the original text', () => {
    const [r] = search('كوفيد').results;
    expect(r).toMatchObject({ file: 'covid.txt', title: 'كـوفيد-١٩ والاقتصاد', source: 'BBC عربي', published: '2018-06-20' });
    expect(marked(r)[0]).toBe('كـوفيد');
    expect(r.hits).toBe(2);
  });
});

describe('search.query: filters', () => {
  it('narrows by exact source, date range and import batch from the filter panel', () => {
    expect(found('الأمن', { filters: { source: 'Sky News عربية' } })).toEqual(['council-apart', 'security-council']);
    expect(found('الإرهاب', { filters: { dateFrom: '2018-06' } })).toEqual(['terror-brief']);
    expect(found('الإرهاب', { filters: { dateTo: '2018-03' } })).toEqual(['terror-conference']);
    expect(found('الإرهاب', { filters: { dateFrom: '2018-03-05', dateTo: '2018-03-05' } })).toEqual(['terror-conference']);
    expect(found('الأمن', { filters: { batchId: batchId(p.db, 'b2') } })).toEqual(['council-apart', 'security-council']);
    expect(found('الأمن', { filters: { batchId: batchId(p.db, 'b1') } })).toEqual([]);
  });

  it('reads source: and date: in the query, source loosely', () => {
    expect(found('الأمن source:sky')).toEqual(['council-apart', 'security-council']);
    expect(found('الإرهاب مصدر:الانباء')).toEqual(['terror-brief', 'terror-conference']);
    expect(found('الإرهاب date:2018-07')).toEqual(['terror-brief']);
    expect(found('الأمن date:2019-01..2019-01-31')).toEqual(['security-council']);
  });

  it('lists the articles a filter passes when there are no words, newest first', () => {
    const response = search('source:"sky news"');
    expect(response.results.map((r) => p.keyOf(r.articleId))).toEqual(['council-apart', 'security-council']);
    expect(response.total).toBe(2);
    expect(found('date:2018 -سوريا')).toEqual(['covid', 'terror-brief', 'terror-conference']);
  });

  it('explains a source or a speaker that matches nothing (speaker and theme: annotation-search.test.ts)', () => {
    const none = search('الأمن source:reuters');
    expect(none.results).toEqual([]);
    expect(none.explanation).toMatch(/No source .*reuters/);
    expect(none.notes).toEqual([{ code: 'no_source', params: { names: '“reuters”' } }]);
    const speaker = search('الأمن speaker:غوتيريش');
    expect(speaker.results).toEqual([]);
    expect(speaker.notes.map((n) => n.code)).toEqual(['no_speaker']);
  });
});

describe('search.query: bad input never becomes an SQL error', () => {
  const inputs = [
    '"مجلس الأمن',
    '-',
    'NEAR(الإرهاب سوريا)',
    'الإرهاب AND OR NOT',
    '* ^ : ^الإرهاب',
    'ًٌٍَُِّْ',
    'ـــــــ',
    'stem:ارهاب',
    '"" "" ""',
    'الإرهاب '.repeat(700).slice(0, 5000),
    'ب'.repeat(5000),
    "'; DROP TABLE articles; --",
    'x" OR 1=1 --',
    '\u0000',
  ];
  it.each(inputs.map((q) => [q.slice(0, 30), q]))('%s', (_label, query) => {
    const response = search(query);
    if (response.results.length === 0 && /[\p{L}\p{N}]/u.test(query) === false) {
      expect(response.explanation, 'an empty answer to non-empty input needs a reason').toBeTruthy();
    }
    expect(searchArticles(p.db, { query: '', limit: 5, offset: 0, filters: {} }).total).toBe(0);
  });

  it('explains what it did with an unbalanced quote, and searches anyway', () => {
    const response = search('"مجلس الأمن');
    expect(response.results.map((r) => p.keyOf(r.articleId))).toEqual(['security-council']);
    expect(response.explanation).toMatch(/closing quote/);
  });

  it('explains a query with only diacritics, only tatweel, or only exclusions', () => {
    expect(search('ًٌٍ').explanation).toMatch(/no letters or digits/);
    expect(search('ــــ').explanation).toMatch(/no letters or digits/);
    expect(search('-الإرهاب').explanation).toMatch(/Only excluded words/);
  });
});

describe('search.hitsInArticle', () => {
  it('returns every hit as code-point ranges of the original text', () => {
    const { text } = p.db.prepare('SELECT text FROM articles WHERE id = ?').get(p.ids['terror-conference']) as { text: string };
    const { hits } = articleHits(p.db, p.ids['terror-conference'], 'الارهاب');
    const words = hits.map((h) => text.slice(codePointToUtf16(text, h.start), codePointToUtf16(text, h.end)));
    expect(words).toEqual(['الإرهاب', 'الإرهابِ', 'الإرهاب', 'للإرهاب', 'والإرهاب', 'الإرهاب']);
    expect(hits.every((h, i) => i === 0 || h.start >= hits[i - 1].end)).toBe(true);
  });

  it('says which article is missing', () => {
    expect(() => articleHits(p.db, 'no-such-id', 'x')).toThrow(/No article with id no-such-id/);
  });
});

describe('forms that occur in no article are left out of the MATCH', () => {
  it('asks only for the forms the index has, with the same results, and sees new articles at once', () => {
    const known = articleVocabulary(p.db);
    const full = toFtsMatch(parseQuery('الإرهاب'));
    const pruned = toFtsMatch(parseQuery('الإرهاب'), known);
    expect(typeof pruned === 'string' && typeof full === 'string' && pruned.length < full.length).toBe(true);
    expect(pruned).toContain('"ارهاب"');
    expect(pruned).not.toContain('"كارهاب"');
    expect(found('الإرهاب')).toEqual(['terror-brief', 'terror-conference']);
    // No article has this word: nothing to rank, and no error.
    expect(search('كارثة')).toMatchObject({ total: 0, results: [] });
    expect(found('كارثة OR سوريا')).toEqual(['syria']);
    expect(found('سوريا -كارثة')).toEqual(['syria']);
    // An article bringing a form that was absent is found by the next search.
    const text = 'نص جديد\n\nوقعت كارثة طبيعية في المنطقة.';
    p.db.transaction(() =>
      insertArticle(p.db, { id: 'new-article', title: 'نص جديد', text, chars: [...text].length, contentHash: 'h-new', source: null, published: null, originalFile: 'new.txt', encoding: 'utf-8', batchId: null }),
    )();
    expect(found('كارثة')).toEqual(['new-article']);
  });
});
