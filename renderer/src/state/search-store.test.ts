import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient, type Client } from '../api/client';
import { createTestBridge } from '../test/test-bridge';
import { createSearchStore, SEARCH_PAGE } from './search-store';

const PROJECT = '/p/search.sqlite';

// Written for these tests (no diacritics: the double matches exact substrings).
const ARTICLES = [
  { title: 'مجلس الامن يناقش الارهاب', text: 'مجلس الامن يناقش الارهاب\n\nعقد مجلس الامن جلسة عن الارهاب والتعاون.', source: 'وكالة أ', published: '2018-03-05' },
  { title: 'مؤتمر الحدود', text: 'مؤتمر الحدود\n\nناقش المؤتمر امن الحدود والارهاب العابر.', source: 'وكالة ب', published: '2019-06-01' },
  { title: 'تقرير الاقتصاد', text: 'تقرير الاقتصاد\n\nنما الاقتصاد في الربع الاول.', source: 'وكالة أ', published: '2020-01-10' },
];

function setup(extra: { title: string; text: string }[] = []) {
  const test = createTestBridge({ projects: { [PROJECT]: [...ARTICLES, ...extra] }, openProject: PROJECT });
  const real = createClient(test.bridge);
  // search.query answers can be held back, to play out a slow answer arriving after a newer one.
  const held: { query: string; release: () => void }[] = [];
  let hold = false;
  const client: Client = {
    ...real,
    'search.query': async (request) => {
      const holdThis = hold;
      const answer = await real['search.query'](request);
      if (holdThis) await new Promise<void>((release) => held.push({ query: request.query, release }));
      return answer;
    },
  };
  const opened: string[] = [];
  const store = createSearchStore(client, { openArticle: (id) => opened.push(id) });
  return {
    test,
    store,
    opened,
    holdAnswers: (on: boolean) => (hold = on),
    held,
    queries: () => test.callsOf('search.query') as { query: string; offset: number; limit: number; filters: Record<string, string> }[],
  };
}

describe('search store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then sends one request for the last text', async () => {
    const { store, queries } = setup();
    store.getState().setQuery('ا');
    await vi.advanceTimersByTimeAsync(100);
    store.getState().setQuery('الار');
    await vi.advanceTimersByTimeAsync(100);
    store.getState().setQuery('الارهاب');
    await vi.advanceTimersByTimeAsync(150);
    expect(queries()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60);
    expect(queries().map((q) => q.query)).toEqual(['الارهاب']);
    await vi.waitFor(() => expect(store.getState().total).toBe(2));
    expect(store.getState().results.map((r) => (r.kind === 'article' ? r.title : r.articleTitle))).toEqual(['مجلس الامن يناقش الارهاب', 'مؤتمر الحدود']);
    expect(store.getState().searched).toEqual({ query: 'الارهاب', filters: {}, scope: 'articles' });
  });

  it('drops an answer that arrives after the answer to a newer query', async () => {
    const { store, holdAnswers, held } = setup();
    holdAnswers(true);
    store.getState().setQuery('الاقتصاد');
    const slow = store.getState().submit();
    await vi.waitFor(() => expect(held).toHaveLength(1));
    holdAnswers(false);
    store.getState().setQuery('الارهاب');
    await store.getState().submit();
    expect(store.getState().results).toHaveLength(2);
    held[0].release();
    await slow;
    // The slow answer for الاقتصاد (one article) must not replace the newer one.
    expect(store.getState().searched?.query).toBe('الارهاب');
    expect(store.getState().results).toHaveLength(2);
    expect(store.getState().loading).toBe(false);
  });

  it('sends the filters, leaving out empty ones, and searches again when one changes', async () => {
    const { store, queries } = setup();
    store.getState().setQuery('الارهاب');
    await store.getState().submit();
    await store.getState().setFilters({ source: 'وكالة أ', dateFrom: '2018', dateTo: '', batchId: undefined });
    expect(queries().at(-1)!.filters).toEqual({ source: 'وكالة أ', dateFrom: '2018' });
    expect(store.getState().results.map((r) => (r.kind === 'article' ? r.title : r.articleTitle))).toEqual(['مجلس الامن يناقش الارهاب']);
    await store.getState().setFilters({ source: undefined, dateTo: '2018-12' });
    expect(queries().at(-1)!.filters).toEqual({ dateFrom: '2018', dateTo: '2018-12' });
  });

  it('loads more results page by page from where the list ends', async () => {
    const many = Array.from({ length: SEARCH_PAGE + 7 }, (_, i) => ({ title: `خبر ${i}`, text: `خبر ${i}\n\nنص عن الموانئ رقم ${i}.` }));
    const { store, queries } = setup(many);
    store.getState().setQuery('الموانئ');
    await store.getState().submit();
    expect(store.getState().results).toHaveLength(SEARCH_PAGE);
    expect(store.getState().total).toBe(SEARCH_PAGE + 7);
    await store.getState().loadMore();
    expect(queries().at(-1)).toMatchObject({ query: 'الموانئ', offset: SEARCH_PAGE });
    expect(store.getState().results).toHaveLength(SEARCH_PAGE + 7);
    const calls = queries().length;
    await store.getState().loadMore(); // everything is shown: nothing to ask
    expect(queries()).toHaveLength(calls);
  });

  it('opens a result: selects it and fetches its hits; next/previous wrap around', async () => {
    const { store, opened, test } = setup();
    store.getState().setQuery('الارهاب');
    await store.getState().submit();
    const first = store.getState().results[0];
    await store.getState().open(first.articleId);
    expect(opened).toEqual([first.articleId]);
    expect(test.callsOf('search.hitsInArticle')).toEqual([{ articleId: first.articleId, query: 'الارهاب' }]);
    const hits = store.getState().hits!;
    expect(hits.hits).toHaveLength(2); // the title line and once in the text
    expect(hits.current).toBe(0);
    store.getState().nextHit(-1);
    expect(store.getState().hits!.current).toBe(1);
    store.getState().nextHit(1);
    expect(store.getState().hits!.current).toBe(0);
    expect(store.getState().hits!.seq).toBeGreaterThan(hits.seq);
  });

  it('clearing the box clears results and marks at once, without a request', async () => {
    const { store, queries } = setup();
    store.getState().setQuery('الارهاب');
    await store.getState().submit();
    await store.getState().open(store.getState().results[0].articleId);
    const calls = queries().length;
    store.getState().setQuery('');
    expect(store.getState()).toMatchObject({ results: [], total: null, searched: null, hits: null });
    await vi.advanceTimersByTimeAsync(500);
    expect(queries()).toHaveLength(calls);
  });

  it('shows the engine explanation and the error message of a failed search', async () => {
    const { store } = setup();
    store.getState().setQuery('"مجلس الامن');
    await store.getState().submit();
    expect(store.getState().explanation).toMatch(/closing quote/);
    expect(store.getState().results).toHaveLength(1);
    // Longer than the contract allows: the request is refused with the contract's message.
    store.getState().setQuery('ا'.repeat(10_001));
    await store.getState().submit();
    expect(store.getState().error?.message).toMatch(/10000 characters/);
    expect(store.getState().error?.reason).toBe('request_invalid');
    expect(store.getState().loading).toBe(false);
  });

  it('reading another article while a query is active fetches that article’s hits', async () => {
    const { store } = setup();
    store.getState().setQuery('الارهاب');
    await store.getState().submit();
    const second = store.getState().results[1].articleId;
    await store.getState().articleShown(second);
    expect(store.getState().hits).toMatchObject({ articleId: second, query: 'الارهاب' });
    expect(store.getState().hits!.hits).toHaveLength(1);
    await store.getState().articleShown(null);
    expect(store.getState().hits).toBeNull();
  });

  it('after an import, asks the shown query again and shows the new articles', async () => {
    const { store, test } = setup();
    store.getState().setQuery('الارهاب');
    await store.getState().submit();
    expect(store.getState().total).toBe(2);
    test.addArticles(PROJECT, [{ title: 'خبر جديد', text: 'خبر جديد\n\nتقرير عن الارهاب في المنطقة.' }]);
    await store.getState().refresh();
    expect(store.getState().total).toBe(3);
    expect(store.getState().results.map((r) => (r.kind === 'article' ? r.title : r.articleTitle))).toContain('خبر جديد');
    // While a typed query waits for its pause, the refresh leaves it to that search.
    store.getState().setQuery('الحدود');
    const calls = test.callsOf('search.query').length;
    await store.getState().refresh();
    expect(test.callsOf('search.query')).toHaveLength(calls);
  });
});
