/** The library's sort direction and its own filters: sent with every page, and the list restarts from its top. */
import { describe, expect, it } from 'vitest';
import { createClient } from '../api/client';
import { createTestBridge } from '../test/test-bridge';
import { createLibraryStore, PAGE_SIZE } from './library-store';

const PROJECT = '/p/library.sqlite';

function setup() {
  const articles = Array.from({ length: 450 }, (_, i) => ({ title: `عنوان ${i}`, text: `نص ${i}` }));
  const test = createTestBridge({ projects: { [PROJECT]: articles }, openProject: PROJECT });
  const store = createLibraryStore(createClient(test.bridge));
  const lists = () => test.callsOf('articles.list') as { offset: number; sort: string; direction: string; filters: object }[];
  return { store, lists };
}

describe('library sort direction and filters', () => {
  it('a new sort key starts in its natural direction; the direction can be turned round', async () => {
    const { store, lists } = setup();
    await store.getState().load();
    expect(lists().at(-1)).toMatchObject({ sort: 'imported', direction: 'asc', filters: {} });
    await store.getState().setSort('title');
    expect(lists().at(-1)).toMatchObject({ sort: 'title', direction: 'asc', offset: 0 });
    await store.getState().setDirection('desc');
    expect(lists().at(-1)).toMatchObject({ sort: 'title', direction: 'desc', offset: 0 });
  });

  it('filters go with every page; changing them restarts from the top and keeps the open article', async () => {
    const { store, lists } = setup();
    await store.getState().load();
    await store.getState().ensureRange(PAGE_SIZE + 5, PAGE_SIZE + 20);
    await store.getState().select(PAGE_SIZE + 7);
    const open = store.getState().selectedId;
    await store.getState().setFilters({ source: 'وكالة', dateFrom: '2018', dateTo: '', batchId: undefined });
    expect(lists().at(-1)).toEqual(expect.objectContaining({ offset: 0, filters: { source: 'وكالة', dateFrom: '2018' } }));
    expect(Object.keys(store.getState().pages)).toEqual(['0']);
    expect(store.getState().selectedId).toBe(open);
    const calls = lists().length;
    // The same filters again (empty values dropped) ask for nothing.
    await store.getState().setFilters({ dateFrom: '2018', source: 'وكالة' });
    expect(lists().length).toBe(calls);
    await store.getState().ensureRange(PAGE_SIZE, PAGE_SIZE + 3);
    expect(lists().at(-1)).toMatchObject({ offset: PAGE_SIZE, filters: { source: 'وكالة', dateFrom: '2018' } });
  });
});
