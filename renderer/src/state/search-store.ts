/**
 * The search domain: the query box, its filters, one page after another of results, and the
 * hits of the query in the article being read (for marking them in the reader).
 *
 * The engine runs in the main process; the UI only waits for answers. Typing schedules a
 * search ~200 ms after the last key, and every request carries a sequence number so an answer
 * for an older query (a slow one overtaken by a faster one) is dropped, never shown.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Response, SearchFilters, SearchNote, SearchResult, SearchScope, TextRange } from '../../../shared/contract/index';
import { shownError, type Client, type ShownError } from '../api/client';

export const DEBOUNCE_MS = 200;
export const SEARCH_PAGE = 50;

/** The filters the panel offers (speaker and theme as ids from the codebook). */
export type PanelFilters = Pick<SearchFilters, 'source' | 'dateFrom' | 'dateTo' | 'batchId' | 'speakerId' | 'themeId'>;

/** Where to put the reader when a result is opened: a quote to focus, or a place in the text. */
export interface OpenTarget {
  /** The highlight to select and scroll to (a quote result, or a note on a quote). */
  highlightId?: string | null;
  /** The quote's place (code points): a hit inside it becomes the current one. */
  start?: number | null;
  end?: number | null;
}

type Range = { start: number; end: number };

export type Facets = Response<'search.facets'>;

export interface ArticleHits {
  articleId: string;
  /** The query these hits are for. */
  query: string;
  hits: TextRange[];
  /** Index into `hits` of the current hit (the one scrolled to). */
  current: number;
  /** Bumped by every open/next/previous: the reader scrolls to the current hit when it changes. */
  seq: number;
  /** Set when opening a quote with no hit inside it: the reader stays on the quote. */
  stay?: boolean;
}

export interface SearchState {
  query: string;
  filters: PanelFilters;
  /** Articles, quotes or notes. */
  scope: SearchScope;
  /** The query, filters and scope the shown results answer (null before the first search). */
  searched: { query: string; filters: PanelFilters; scope: SearchScope } | null;
  results: SearchResult[];
  total: number | null;
  /** What the engine ignored or reinterpreted: English (fallback) and codes (translated). */
  explanation: string | null;
  notes: SearchNote[];
  loading: boolean;
  error: ShownError | null;
  facets: Facets | null;
  hits: ArticleHits | null;
  /** Bumped when something (the top bar's box) asks for the Search tab to be shown. */
  panelRequest: number;

  /** Typing: search after a short pause. */
  setQuery(query: string): void;
  /** Enter: search now (no pause). */
  submit(): Promise<void>;
  setFilters(filters: Partial<PanelFilters>): Promise<void>;
  setScope(scope: SearchScope): Promise<void>;
  loadMore(): Promise<void>;
  /** Articles were added (an import): ask the shown query again, keeping as many results. */
  refresh(): Promise<void>;
  loadFacets(): Promise<void>;
  /** Show this article in the reader (focusing a quote, for quote and note results) and fetch its hits. */
  open(articleId: string, target?: OpenTarget): Promise<void>;
  /** The reader now shows this article: fetch its hits while a query is active. */
  articleShown(articleId: string | null): Promise<void>;
  nextHit(step?: 1 | -1): void;
  showPanel(): void;
  /** Empty the box: no results, no marks. */
  clear(): void;
  /** A different project: forget everything. */
  reset(): void;
}

export type SearchStore = StoreApi<SearchState>;

export interface SearchStoreOptions {
  /** Select the article in the library (the reader follows the library's selection). */
  openArticle(articleId: string): void;
  /** Select a highlight and scroll to it once its article's highlights are loaded. */
  focusHighlight?(articleId: string, highlightId: string): void;
  debounceMs?: number;
}

const clean = (filters: PanelFilters): PanelFilters =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as PanelFilters;

const hasFilters = (filters: PanelFilters) => Object.keys(clean(filters)).length > 0;

export function createSearchStore(client: Client, options: SearchStoreOptions): SearchStore {
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // One counter for result requests and one for hit requests: only the latest answer counts.
  let searchSeq = 0;
  let hitsSeq = 0;
  let moveSeq = 0;
  // Where the last opened result wants the current hit, for whichever hits request wins.
  let opened: { articleId: string; quote?: Range } | null = null;

  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  return createStore<SearchState>()((set, get) => {
    const empty = {
      searched: null,
      results: [],
      total: null,
      explanation: null,
      notes: [],
      loading: false,
      error: null,
      hits: null,
    } satisfies Partial<SearchState>;

    const fetchHits = async (articleId: string, query: string, scroll: boolean, quote?: Range): Promise<void> => {
      const seq = ++hitsSeq;
      try {
        const { hits } = await client['search.hitsInArticle']({ articleId, query });
        if (seq !== hitsSeq) return;
        const previous = get().hits;
        // Re-reading the same article's hits (a refined query) keeps the reader where it is.
        const same = previous?.articleId === articleId && !scroll;
        // Opened from a quote: the current hit is the first one inside the quote; with none
        // there (a note's words), the reader stays on the quote instead of jumping to a hit.
        const inside = quote ? hits.findIndex((h) => h.end > quote.start && h.start < quote.end) : 0;
        const current = same ? Math.min(previous.current, Math.max(0, hits.length - 1)) : Math.max(0, inside);
        set({ hits: { articleId, query, hits, current, seq: same ? previous.seq : ++moveSeq, ...(!same && inside < 0 ? { stay: true } : {}) } });
      } catch (error) {
        if (seq === hitsSeq) set({ hits: null, error: shownError(error) });
      }
    };

    /** Run the current query from the first page. */
    const run = async (): Promise<void> => {
      cancelTimer();
      const { query, scope } = get();
      const filters = clean(get().filters);
      const seq = ++searchSeq;
      if (query.trim() === '' && !hasFilters(filters)) {
        hitsSeq++;
        set({ ...empty });
        return;
      }
      set({ loading: true, error: null });
      try {
        const answer = await client['search.query']({ query, filters, scope, limit: SEARCH_PAGE, offset: 0 });
        if (seq !== searchSeq) return;
        set({
          searched: { query, filters, scope },
          results: answer.results,
          total: answer.total,
          explanation: answer.explanation ?? null,
          notes: answer.notes,
          loading: false,
        });
        const hits = get().hits;
        if (hits && hits.query !== query) {
          if (query.trim() === '') set({ hits: null });
          else await fetchHits(hits.articleId, query, false);
        }
      } catch (error) {
        if (seq === searchSeq) set({ loading: false, error: shownError(error) });
      }
    };

    return {
      query: '',
      filters: {},
      scope: 'articles',
      ...empty,
      facets: null,
      panelRequest: 0,

      setQuery(query) {
        set({ query });
        cancelTimer();
        if (query.trim() === '' && !hasFilters(get().filters)) {
          // Clearing the box clears at once: there is nothing to wait for.
          void run();
          return;
        }
        timer = setTimeout(() => void run(), debounceMs);
      },

      submit: run,

      async setFilters(filters) {
        set({ filters: { ...get().filters, ...filters } });
        await run();
      },

      async setScope(scope) {
        if (scope === get().scope) return;
        set({ scope });
        await run();
      },

      async loadMore() {
        const { searched, results, total, loading } = get();
        if (!searched || loading || total === null || results.length >= total) return;
        const seq = searchSeq;
        set({ loading: true });
        try {
          const answer = await client['search.query']({ ...searched, limit: SEARCH_PAGE, offset: results.length });
          if (seq !== searchSeq) return;
          set({ results: [...get().results, ...answer.results], total: answer.total, loading: false });
        } catch (error) {
          if (seq === searchSeq) set({ loading: false, error: shownError(error) });
        }
      },

      async refresh() {
        const { searched, results, facets } = get();
        // New sources and a new batch belong in the filters' lists.
        if (facets) void get().loadFacets();
        // A search about to run (typing) or none shown: nothing to bring up to date.
        if (!searched || timer !== null) return;
        const seq = ++searchSeq;
        try {
          const limit = Math.min(500, Math.max(SEARCH_PAGE, results.length));
          const answer = await client['search.query']({ ...searched, limit, offset: 0 });
          if (seq !== searchSeq) return;
          set({ results: answer.results, total: answer.total, explanation: answer.explanation ?? null, notes: answer.notes, error: null });
        } catch (error) {
          if (seq === searchSeq) set({ error: shownError(error) });
        }
      },

      async loadFacets() {
        try {
          set({ facets: await client['search.facets']({}) });
        } catch (error) {
          set({ error: shownError(error) });
        }
      },

      async open(articleId, target = {}) {
        const quote = target.start != null && target.end != null ? { start: target.start, end: target.end } : undefined;
        opened = { articleId, quote };
        options.openArticle(articleId);
        if (target.highlightId) options.focusHighlight?.(articleId, target.highlightId);
        const query = get().searched?.query ?? get().query;
        if (query.trim() === '') return;
        await fetchHits(articleId, query, true, quote);
      },

      async articleShown(articleId) {
        const hits = get().hits;
        if (articleId === null) {
          hitsSeq++;
          set({ hits: null });
          return;
        }
        if (hits?.articleId === articleId) return;
        const query = get().searched?.query ?? '';
        if (query.trim() === '') {
          if (hits) set({ hits: null });
          return;
        }
        await fetchHits(articleId, query, true, opened?.articleId === articleId ? opened.quote : undefined);
      },

      nextHit(step = 1) {
        const hits = get().hits;
        if (!hits || hits.hits.length === 0) return;
        const n = hits.hits.length;
        set({ hits: { ...hits, current: (hits.current + step + n) % n, seq: ++moveSeq, stay: false } });
      },

      showPanel() {
        set({ panelRequest: get().panelRequest + 1 });
      },

      clear() {
        cancelTimer();
        searchSeq++;
        hitsSeq++;
        set({ query: '', filters: {}, ...empty });
      },

      reset() {
        cancelTimer();
        searchSeq++;
        hitsSeq++;
        set({ query: '', filters: {}, scope: 'articles', ...empty, facets: null });
      },
    };
  });
}
