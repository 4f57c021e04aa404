/**
 * Undo and redo refresh only what the step changed (stores.ts, refreshAfterStep): the calls the
 * stores make after each kind of step are counted against the in-memory bridge.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Method } from '../../../shared/contract/index';
import { createClient } from '../api/client';
import { createTestBridge } from '../test/test-bridge';
import { itemAt } from './library-store';
import { createStores } from './stores';

const PROJECT = '/p/undo.sqlite';

// Written for these tests.
const ARTICLES = [
  { title: 'ندوة عن المياه', text: 'ندوة عن المياه\n\nقال الوزير إن السدود امتلأت هذا الشتاء.', source: 'وكالة أ' },
  { title: 'طرق الجنوب', text: 'طرق الجنوب\n\nقالت المهندسة إن العمل سينتهي قبل الصيف.', source: 'وكالة ب' },
  { title: 'أسعار الخبز', text: 'أسعار الخبز\n\nارتفعت الأسعار في الأسواق هذا الأسبوع.', source: 'وكالة أ' },
];

async function setup() {
  const test = createTestBridge({ projects: { [PROJECT]: ARTICLES }, openProject: PROJECT, tags: [{ kind: 'speaker', name: 'الوزير' }] });
  const stores = createStores(createClient(test.bridge));
  await stores.project.getState().load();
  await vi.waitFor(() => expect(stores.library.getState().total).toBe(3));
  const ids = [0, 1, 2].map((i) => itemAt(stores.library.getState(), i)!.id);
  /** Open an article as the library's selection does, and wait for its quotes. */
  const open = async (index: number) => {
    await stores.library.getState().select(index);
    await vi.waitFor(() => expect(stores.annotations.getState()).toMatchObject({ articleId: ids[index], loading: false }));
  };
  const quote = (articleId: string, start: number, end: number) => test.bridge['highlights.create']({ articleId, start, end });
  /** Calls made from now on, by method. */
  const watch = () => {
    const from = test.calls.length;
    return (method: Method) => test.calls.slice(from).filter((c) => c.method === method).map((c) => c.request);
  };
  return { test, stores, ids, open, quote, watch };
}

describe('after undo or redo the stores read again only what changed', () => {
  it('a quote on the open article: its quotes and the codebook counts, never the article or the library pages', async () => {
    const { stores, ids, open, watch } = await setup();
    await open(0);
    await stores.annotations.getState().create({ start: 16, end: 22 });
    await vi.waitFor(() => expect(stores.history.getState().undo?.label).toBe('create highlight'));
    const since = watch();
    await stores.history.getState().undoLast();
    await vi.waitFor(() => expect(stores.annotations.getState().highlights).toEqual([]));
    await vi.waitFor(() => expect(since('tags.list')).toHaveLength(1));
    expect(since('highlights.forArticle')).toEqual([{ articleId: ids[0], lean: true }]);
    expect(since('articles.list')).toEqual([]);
    expect(since('articles.get')).toEqual([]);

    const again = watch();
    await stores.history.getState().redoLast();
    await vi.waitFor(() => expect(stores.annotations.getState().highlights).toHaveLength(1));
    expect(again('articles.list')).toEqual([]);
    expect(again('articles.get')).toEqual([]);
  });

  it('a quote another window made on another article: not the open article\'s quotes; that article shows the undo when opened', async () => {
    const { stores, ids, open, quote, watch } = await setup();
    await open(0);
    await stores.annotations.getState().create({ start: 16, end: 22 });
    // The CLI or another window marks a quote in the second article, in the same project's log.
    await quote(ids[1], 12, 20);
    await stores.history.getState().refresh();
    const since = watch();
    await stores.history.getState().undoLast();
    await vi.waitFor(() => expect(since('tags.list')).toHaveLength(1));
    expect(since('highlights.forArticle')).toEqual([]);
    expect(stores.annotations.getState().highlights).toHaveLength(1);
    await open(1);
    expect(stores.annotations.getState().highlights).toEqual([]);
    expect(stores.history.getState().undo?.label).toBe('create highlight');
  });

  it('a metadata edit: the reader and that library row in place; nothing else is read', async () => {
    const { stores, ids, open, watch } = await setup();
    await open(2);
    await vi.waitFor(() => expect(stores.reader.getState().article?.id).toBe(ids[2]));
    const article = stores.reader.getState().article!;
    await stores.reader.getState().saveMeta({ id: ids[2], title: 'أسعار الخبز والطحين', source: 'وكالة أ', published: '', place: '', url: '', author: '' });
    await vi.waitFor(() => expect(itemAt(stores.library.getState(), 2)?.title).toBe('أسعار الخبز والطحين'));
    await vi.waitFor(() => expect(stores.history.getState().undo?.label).toBe('Edit details of “أسعار الخبز والطحين”'));
    const since = watch();
    await stores.history.getState().undoLast();
    await vi.waitFor(() => expect(stores.reader.getState().article?.title).toBe(article.title));
    await vi.waitFor(() => expect(itemAt(stores.library.getState(), 2)?.title).toBe(article.title));
    expect(stores.library.getState().selectedId).toBe(ids[2]);
    expect(since('articles.list')).toEqual([]);
    expect(since('highlights.forArticle')).toEqual([]);
    expect(since('tags.list')).toEqual([]);
  });

  it('a metadata edit while the list is sorted by that field: the visible pages are read again (the article moves)', async () => {
    const { stores, ids, open, watch } = await setup();
    await open(2);
    await stores.library.getState().setSort('title');
    await vi.waitFor(() => expect(itemAt(stores.library.getState(), 0)?.title).toBe('أسعار الخبز'));
    await stores.reader.getState().saveMeta({ id: ids[2], title: 'وفرة الخبز', source: 'وكالة أ', published: '', place: '', url: '', author: '' });
    await vi.waitFor(() => expect(itemAt(stores.library.getState(), 2)?.title).toBe('وفرة الخبز'));
    const since = watch();
    await stores.history.getState().undoLast();
    await vi.waitFor(() => expect(itemAt(stores.library.getState(), 0)?.title).toBe('أسعار الخبز'));
    expect(since('articles.list')).toHaveLength(1);
  });

  it('a codebook step (a speaker renamed, as the core reports it): the codebook only', async () => {
    const { test, ids } = await setup();
    const real = createClient(test.bridge);
    // The bridge keeps tag changes out of its log, so the core's report for one is played here.
    const client = {
      ...real,
      'history.undo': async () => ({
        undo: null,
        redo: null,
        changed: { tables: ['tags'], kinds: ['codebook' as const], articleIds: [], metadata: [], annotations: [], rejections: [] },
      }),
    };
    const stores = createStores(client);
    await stores.project.getState().load();
    await vi.waitFor(() => expect(stores.library.getState().total).toBe(3));
    await stores.library.getState().select(0);
    await vi.waitFor(() => expect(stores.annotations.getState()).toMatchObject({ articleId: ids[0], loading: false }));
    const from = test.calls.length;
    const since = (method: Method) => test.calls.slice(from).filter((c) => c.method === method);
    await stores.history.getState().undoLast();
    await vi.waitFor(() => expect(since('tags.list')).toHaveLength(1));
    expect(since('highlights.forArticle')).toEqual([]);
    expect(since('articles.get')).toEqual([]);
    expect(since('articles.list')).toEqual([]);
  });
});
