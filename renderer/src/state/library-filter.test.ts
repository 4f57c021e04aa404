import { describe, expect, it } from 'vitest';
import { createClient, type Client } from '../api/client';
import { createTestBridge } from '../test/test-bridge';
import { createStores } from './stores';
import { createLibraryStore, itemAt } from './library-store';

const PROJECT = '/p/filter.sqlite';
const articles = ['أ', 'ب', 'ج', 'د'].map((letter) => ({ title: `مقال ${letter}`, text: `نص ${letter}` }));
const tags = [
  { kind: 'speaker' as const, name: 'غوتيريش', articles: ['مقال ب', 'مقال د'] },
  { kind: 'theme' as const, name: 'أمن', articles: ['مقال أ'] },
  { kind: 'theme' as const, name: 'حدود', parent: 'أمن', articles: ['مقال ج'] },
];

describe('library store: codebook filter', () => {
  it('passes the filter to articles.list and reloads from the first page', async () => {
    const test = createTestBridge({ projects: { [PROJECT]: articles }, openProject: PROJECT, tags });
    const store = createLibraryStore(createClient(test.bridge));
    await store.getState().load();
    expect(store.getState().total).toBe(4);
    await store.getState().select(3);

    const speakerId = test.tags.idOf('speaker', 'غوتيريش');
    await store.getState().setFilter({ speakerId, themeId: null });
    const state = store.getState();
    expect(state.total).toBe(2);
    expect([itemAt(state, 0)?.title, itemAt(state, 1)?.title]).toEqual(['مقال ب', 'مقال د']);
    expect(test.callsOf('articles.list').at(-1)).toMatchObject({ offset: 0, speakerId, themeId: null });
    // The article being read stays selected; its row is found again among the matches.
    expect(state.selectedId).not.toBeNull();

    // The same filter again asks nothing; a theme filter includes sub-themes.
    const calls = test.callsOf('articles.list').length;
    await store.getState().setFilter({ speakerId, themeId: null });
    expect(test.callsOf('articles.list')).toHaveLength(calls);
    await store.getState().setFilter({ speakerId: null, themeId: test.tags.idOf('theme', 'أمن') });
    expect(store.getState().total).toBe(2);

    store.getState().reset();
    expect(store.getState().filter).toEqual({ speakerId: null, themeId: null });
  });

  it('drops an answer for the previous filter that arrives after the filter changed', async () => {
    const test = createTestBridge({ projects: { [PROJECT]: articles }, openProject: PROJECT, tags });
    const real = createClient(test.bridge);
    // The answer for the speaker filter is held back until the test lets it go.
    let release: () => void = () => {};
    let holding: () => void = () => {};
    const held = new Promise<void>((resolve) => (holding = resolve));
    const client: Client = {
      ...real,
      'articles.list': async (request) => {
        const answer = await real['articles.list'](request);
        if (request.speakerId) {
          await new Promise<void>((resolve) => {
            release = resolve;
            holding();
          });
        }
        return answer;
      },
    };
    const store = createLibraryStore(client);
    await store.getState().load();
    const slow = store.getState().setFilter({ speakerId: test.tags.idOf('speaker', 'غوتيريش'), themeId: null });
    const cleared = store.getState().setFilter({ speakerId: null, themeId: null });
    expect(store.getState().total).toBeNull();
    // Every total shown from now on must be the unfiltered one: never the late answer's 2.
    const totals: (number | null)[] = [];
    store.subscribe((state) => totals.push(state.total));
    await held;
    release();
    await Promise.all([slow, cleared]);
    expect(store.getState().total).toBe(4);
    expect(totals.filter((t) => t !== null)).toEqual(totals.filter((t) => t !== null).map(() => 4));
    expect(totals).toContain(4);
    expect(store.getState().filter.speakerId).toBeNull();
  });

  it('follows the codebook store: filter changes and codebook changes reload the library', async () => {
    const test = createTestBridge({ projects: { [PROJECT]: articles }, openProject: PROJECT, tags });
    const stores = createStores(createClient(test.bridge));
    await stores.library.getState().load();
    await stores.codebook.getState().refresh();
    stores.codebook.getState().setFilter({ speakerId: test.tags.idOf('speaker', 'غوتيريش') });
    await new Promise((r) => setTimeout(r, 0));
    await stores.library.getState().refresh();
    expect(stores.library.getState().total).toBe(2);

    // Deleting the filtered speaker drops the filter, and the library shows everything again.
    await stores.codebook.getState().remove(test.tags.idOf('speaker', 'غوتيريش'));
    expect(stores.codebook.getState().filter.speakerId).toBeNull();
    await stores.library.getState().refresh();
    expect(stores.library.getState().total).toBe(4);
    stores.dispose();
  });
});
