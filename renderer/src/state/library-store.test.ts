import { describe, expect, it } from 'vitest';
import { createClient, type Client } from '../api/client';
import { createTestBridge } from '../test/test-bridge';
import { createLibraryStore, itemAt, PAGE_SIZE } from './library-store';

const PROJECT = '/p/library.sqlite';

function setup(count: number) {
  const articles = Array.from({ length: count }, (_, i) => ({ title: `عنوان ${String(count - i).padStart(5, '0')}`, text: `نص ${i}` }));
  const test = createTestBridge({ projects: { [PROJECT]: articles }, openProject: PROJECT });
  const real = createClient(test.bridge);
  // articles.list answers can be held back to play out slow answers arriving late.
  const held: (() => void)[] = [];
  let hold = false;
  const client: Client = {
    ...real,
    'articles.list': async (request) => {
      const holdThis = hold; // decided when asked, as a slow server would be
      const answer = await real['articles.list'](request);
      if (holdThis) await new Promise<void>((resolve) => held.push(resolve));
      return answer;
    },
  };
  const store = createLibraryStore(client);
  return {
    test,
    store,
    holdAnswers: (on: boolean) => (hold = on),
    release: () => held.splice(0).forEach((resolve) => resolve()),
    lists: () => test.callsOf('articles.list') as { offset: number; limit: number; sort: string }[],
  };
}

describe('library store', () => {
  it('loads the first page, then only the pages a visible range needs', async () => {
    const { store, lists } = setup(1000);
    await store.getState().load();
    expect(store.getState().total).toBe(1000);
    expect(Object.keys(store.getState().pages)).toEqual(['0']);

    await store.getState().ensureRange(450, 470);
    expect(lists().map((r) => r.offset)).toEqual([0, 2 * PAGE_SIZE]);
    expect(itemAt(store.getState(), 460)?.title).toBe('عنوان 00540');
  });

  it('selecting a row that is not loaded yet loads its page and selects its article', async () => {
    const { store } = setup(1000);
    await store.getState().load();
    await store.getState().select(999);
    const state = store.getState();
    expect(state.selectedIndex).toBe(999);
    expect(state.selectedId).toBe(itemAt(state, 999)?.id);
    expect(state.selectedId).not.toBeNull();
  });

  it('drops an answer for the old sort that arrives after the sort changed', async () => {
    const { store, holdAnswers, release } = setup(500);
    await store.getState().load();
    holdAnswers(true);
    const stale = store.getState().ensureRange(250, 260); // sort: imported, held back
    holdAnswers(false);
    await store.getState().setSort('title');
    release();
    await stale;
    const state = store.getState();
    expect(state.sort).toBe('title');
    // Title order is the reverse of import order here; page 1 was never asked for by title.
    expect(itemAt(state, 0)?.title).toBe('عنوان 00001');
    expect(state.pages[1]).toBeUndefined();
  });

  it('runs overlapping refreshes one after another, never dropping the last', async () => {
    const { store, test, holdAnswers, release, lists } = setup(10);
    await store.getState().load();
    holdAnswers(true);
    const first = store.getState().refresh();
    test.addArticles(PROJECT, [{ title: 'مقال جديد', text: 'نص جديد' }]);
    const second = store.getState().refresh();
    const third = store.getState().refresh();
    await new Promise((r) => setTimeout(r, 0));
    holdAnswers(false);
    release();
    await Promise.all([first, second, third]);
    // The initial load, the held refresh, and one more for the two asked while it ran.
    expect(lists()).toHaveLength(3);
    expect(store.getState().total).toBe(11);
  });
});
