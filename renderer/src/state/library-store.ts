/**
 * The library domain: the article list, its sort and the selected article.
 *
 * The list is loaded in pages as the virtualised view scrolls (30,000 summaries would be a
 * large answer to fetch again every second while an import runs). `refresh` re-reads only the
 * pages around what is on screen and swaps them in at once, so rows never flash empty.
 *
 * The codebook filter (a speaker and/or a theme, chosen in the codebook panel) narrows the
 * list to articles with such quotes; `total` is then the number of matching articles.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ArticleSummary, LibraryFilters, MetaField, Request, SortDirection } from '../../../shared/contract/index';
import { shownError, type Client, type ShownError } from '../api/client';

export type SortKey = NonNullable<Request<'articles.list'>['sort']>;
export const SORT_KEYS: readonly SortKey[] = ['imported', 'title', 'published', 'source'];

export const PAGE_SIZE = 200;

/** Only articles with a quote by this speaker / with this theme or one of its sub-themes. */
export interface LibraryFilter {
  speakerId: string | null;
  themeId: string | null;
}

export const NO_FILTER: LibraryFilter = { speakerId: null, themeId: null };

/** Published dates newest first; import order and names ascending, until the analyst turns the order round. */
export const DEFAULT_DIRECTION: Record<SortKey, SortDirection> = { imported: 'asc', title: 'asc', published: 'desc', source: 'asc' };

export function hasLibraryFilters(f: LibraryFilters): boolean {
  return Boolean(f.source || f.dateFrom || f.dateTo || f.batchId);
}

export interface LibraryState {
  sort: SortKey;
  direction: SortDirection;
  filter: LibraryFilter;
  /** The library's own filters (source, dates, import batch), applied in SQL by articles.list. */
  filters: LibraryFilters;
  /** Number of articles in the project (matching the filter); null until the first page has arrived. */
  total: number | null;
  /** Loaded pages by page number (index / PAGE_SIZE). */
  pages: Record<number, ArticleSummary[]>;
  selectedId: string | null;
  selectedIndex: number | null;
  error: ShownError | null;

  load(): Promise<void>;
  reset(): void;
  /** A new sort key starts in its natural direction. */
  setSort(sort: SortKey): Promise<void>;
  setDirection(direction: SortDirection): Promise<void>;
  setFilters(filters: LibraryFilters): Promise<void>;
  /** Narrow the list to the codebook filter (reloads from the first page). */
  setFilter(filter: LibraryFilter): Promise<void>;
  /** Make sure rows start..end (inclusive) are loaded; called with the visible range. */
  ensureRange(start: number, end: number): Promise<void>;
  refresh(): Promise<void>;
  /**
   * Some articles' details changed (an edit, its undo or redo): their loaded rows are read
   * again in place, the rest of the list stays as it is (scroll, selection). When a changed
   * field orders or filters the list, the article may move: the visible pages are read again.
   */
  articlesChanged(changes: readonly { id: string; fields: readonly MetaField[] }[]): Promise<void>;
  select(index: number): Promise<void>;
}

export type LibraryStore = StoreApi<LibraryState>;

export function itemAt(state: Pick<LibraryState, 'pages'>, index: number): ArticleSummary | undefined {
  return state.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

/** The row index of the selected article among the loaded pages (it moves when sorting changes). */
export function selectedRow(state: Pick<LibraryState, 'pages' | 'selectedId' | 'selectedIndex'>): number | null {
  if (state.selectedId === null) return state.selectedIndex;
  if (state.selectedIndex !== null && itemAt(state, state.selectedIndex)?.id === state.selectedId) return state.selectedIndex;
  for (const [page, items] of Object.entries(state.pages)) {
    const at = items.findIndex((a) => a.id === state.selectedId);
    if (at >= 0) return Number(page) * PAGE_SIZE + at;
  }
  return state.selectedIndex;
}

/** The details a library row shows (the others — place, URL, author — are the inspector's). */
const ROW_FIELDS: readonly MetaField[] = ['title', 'source', 'published'];

/** The fields that decide where an article sits in the list and whether it is in it. */
function placingFields(state: Pick<LibraryState, 'sort' | 'filters'>): Set<MetaField> {
  const out = new Set<MetaField>();
  if (state.sort !== 'imported') out.add(state.sort);
  if (state.filters.source) out.add('source');
  if (state.filters.dateFrom || state.filters.dateTo) out.add('published');
  return out;
}

export function createLibraryStore(client: Client): LibraryStore {
  // A generation number discards answers that arrive after the list was reset or re-sorted.
  let generation = 0;
  const inFlight = new Set<number>();
  let visible: [number, number] = [0, 0];
  let refreshing: Promise<void> | null = null;
  let refreshAgain = false;

  return createStore<LibraryState>()((set, get) => {
    const fetchPage = (page: number) =>
      client['articles.list']({
        sort: get().sort,
        direction: get().direction,
        filters: get().filters,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
        ...get().filter,
      });

    /** Start the list again from its top (new order or filters); the open article stays open. */
    const restart = async (patch: Partial<LibraryState>) => {
      generation++;
      inFlight.clear();
      visible = [0, 0];
      set({ ...patch, pages: {}, selectedIndex: null });
      await get().refresh();
    };

    const pagesFor = (start: number, end: number): number[] => {
      const first = Math.floor(Math.max(0, start) / PAGE_SIZE);
      const last = Math.floor(Math.max(start, end) / PAGE_SIZE);
      const out: number[] = [];
      for (let p = first; p <= last; p++) out.push(p);
      return out;
    };

    const loadPage = async (page: number): Promise<void> => {
      if (inFlight.has(page) || get().pages[page]) return;
      const gen = generation;
      inFlight.add(page);
      try {
        const { total, items } = await fetchPage(page);
        if (gen !== generation) return;
        set((s) => ({ total, pages: { ...s.pages, [page]: items }, error: null }));
      } catch (error) {
        if (gen === generation) set({ error: shownError(error) });
      } finally {
        if (gen === generation) inFlight.delete(page);
      }
    };

    const runRefresh = async (): Promise<void> => {
      const gen = ++generation;
      inFlight.clear();
      const wanted = pagesFor(visible[0], visible[1]);
      try {
        const answers = await Promise.all(wanted.map(fetchPage));
        if (gen !== generation) return;
        const pages: Record<number, ArticleSummary[]> = {};
        wanted.forEach((p, i) => (pages[p] = answers[i].items));
        set({ pages, total: answers[answers.length - 1].total, error: null });
      } catch (error) {
        if (gen === generation) set({ error: shownError(error) });
      }
    };

    return {
      sort: 'imported',
      direction: DEFAULT_DIRECTION.imported,
      filters: {},
      filter: NO_FILTER,
      total: null,
      pages: {},
      selectedId: null,
      selectedIndex: null,
      error: null,

      load: () => get().refresh(),

      reset() {
        generation++;
        inFlight.clear();
        visible = [0, 0];
        set({ total: null, pages: {}, selectedId: null, selectedIndex: null, error: null, filter: NO_FILTER, filters: {} });
      },

      async setSort(sort) {
        if (sort === get().sort) return;
        // The selected article stays selected; its row is found again once pages arrive.
        await restart({ sort, direction: DEFAULT_DIRECTION[sort] });
      },

      async setDirection(direction) {
        if (direction === get().direction) return;
        await restart({ direction });
      },

      async setFilters(filters) {
        const clean: LibraryFilters = {};
        for (const key of ['source', 'dateFrom', 'dateTo', 'batchId'] as const) if (filters[key]) clean[key] = filters[key];
        if (JSON.stringify(clean) === JSON.stringify(get().filters)) return;
        await restart({ filters: clean, total: null });
      },

      async setFilter(filter) {
        const current = get().filter;
        if (filter.speakerId === current.speakerId && filter.themeId === current.themeId) return;
        generation++;
        inFlight.clear();
        visible = [0, 0];
        // As with sorting, the article being read stays open; its row shows again if it matches.
        set({ filter: { speakerId: filter.speakerId, themeId: filter.themeId }, pages: {}, total: null, selectedIndex: null });
        await get().refresh();
      },

      async ensureRange(start, end) {
        visible = [start, end];
        await Promise.all(pagesFor(start, end).map(loadPage));
      },

      async refresh() {
        // Imports ask for a refresh every second: never run two at once, but do not drop the
        // last request either (the newest articles must show up).
        if (refreshing) {
          refreshAgain = true;
          return refreshing;
        }
        refreshing = (async () => {
          do {
            refreshAgain = false;
            await runRefresh();
          } while (refreshAgain);
        })().finally(() => {
          refreshing = null;
        });
        return refreshing;
      },

      async articlesChanged(changes) {
        const placing = placingFields(get());
        if (changes.some((c) => c.fields.some((f) => placing.has(f)))) return get().refresh();
        const loaded = (id: string) => Object.values(get().pages).some((items) => items.some((a) => a.id === id));
        const ids = changes.filter((c) => c.fields.some((f) => ROW_FIELDS.includes(f)) && loaded(c.id)).map((c) => c.id);
        if (ids.length === 0) return;
        const gen = generation;
        let fresh: ArticleSummary[];
        try {
          fresh = (await Promise.all(ids.map((id) => client['articles.get']({ id })))).map((a) => ({
            id: a.id, file: a.file, title: a.title, source: a.source, published: a.published, chars: a.chars, importedAt: a.importedAt,
          }));
        } catch {
          // Gone meanwhile (another window, a merge undone): the list is read again as it is now.
          return get().refresh();
        }
        // A refresh or a new order since then has read the rows after the change already.
        if (gen !== generation) return;
        const byId = new Map(fresh.map((a) => [a.id, a]));
        const pages: Record<number, ArticleSummary[]> = {};
        for (const [page, items] of Object.entries(get().pages)) pages[Number(page)] = items.some((a) => byId.has(a.id)) ? items.map((a) => byId.get(a.id) ?? a) : items;
        set({ pages });
      },

      async select(index) {
        const { total } = get();
        if (total === null || total === 0) return;
        const row = Math.min(Math.max(0, index), total - 1);
        const loaded = itemAt(get(), row);
        set({ selectedIndex: row, selectedId: loaded?.id ?? null });
        if (loaded) return;
        await loadPage(Math.floor(row / PAGE_SIZE));
        const item = itemAt(get(), row);
        if (item && get().selectedIndex === row) set({ selectedId: item.id });
      },
    };
  });
}
