/**
 * The annotations of the article being read: its highlights (in reading order), the one
 * selected for the inspector, and the last failure to show. Every change goes through the
 * contract (and is undoable there); `onChanged` lets the wiring refresh what depends on it
 * (codebook counts, the undo label).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ReaderHighlight } from '../../../shared/contract/index';
import { shownError, type Client, type ShownError } from '../api/client';

export interface NewHighlightInput {
  start: number;
  end: number;
  speakerId?: string | null;
  themeIds?: string[];
  note?: string | null;
}

export interface HighlightPatch {
  speakerId?: string | null;
  themeIds?: string[];
  note?: string | null;
}

export interface AnnotationsState {
  articleId: string | null;
  highlights: ReaderHighlight[];
  loading: boolean;
  /** The last failure, shown until dismissed or the next success (actions also rethrow). */
  error: ShownError | null;
  selectedId: string | null;
  /** Bumped by `reveal`: the reader scrolls the selected highlight into view when it changes. */
  revealSeq: number;

  /**
   * Start fetching an article's highlights before the article itself has arrived, so that
   * `load` (called when it has) does not wait for a second round trip and, when they are
   * already here, draws the article with its marks in one render.
   */
  prefetch(articleId: string): void;
  load(articleId: string | null): Promise<void>;
  /** Fetch the current article's highlights again (after undo/redo or a codebook change). */
  reload(): Promise<void>;
  /**
   * Create a highlight. With `preview` (the selected text), it is drawn at once — before the
   * round-trip — and replaced by the stored one when it arrives (removed if refused).
   */
  create(input: NewHighlightInput, preview?: { exact: string }): Promise<ReaderHighlight>;
  update(id: string, patch: HighlightPatch): Promise<ReaderHighlight>;
  remove(id: string): Promise<void>;
  select(id: string | null): void;
  /** Select a highlight and ask the reader to scroll to it (from the quotes list). */
  reveal(id: string): void;
  /**
   * `reveal` a highlight of an article that may not be loaded yet (a search result): done at
   * once when it is, else as soon as that article's highlights arrive.
   */
  focus(articleId: string, id: string): void;
  clearError(): void;
}

export type AnnotationsStore = StoreApi<AnnotationsState>;

/** Reading order, as the application sorts: by start, the longer first. */
function byPosition(a: ReaderHighlight, b: ReaderHighlight): number {
  return a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);
}

let pendingCount = 0;

/** What is drawn while a new highlight is on its way; its id never reaches the contract. */
function pendingHighlight(id: string, articleId: string, input: NewHighlightInput, exact: string): ReaderHighlight {
  const now = new Date().toISOString();
  return {
    id,
    articleId,
    start: input.start,
    end: input.end,
    exact,
    speakerId: input.speakerId ?? null,
    themeIds: input.themeIds ?? [],
    note: input.note ?? null,
    createdBy: '',
    createdAt: now,
    updatedBy: '',
    updatedAt: now,
    anchor: 'ok',
    candidate: null,
  };
}

/** True for a highlight drawn before the application has stored it. */
export function isPending(id: string): boolean {
  return id.startsWith('pending-');
}

export function createAnnotationsStore(client: Client, onChanged: () => void = () => {}): AnnotationsStore {
  return createStore<AnnotationsState>()((set, get) => {
    let pendingFocus: { articleId: string; id: string } | null = null;
    /** The one prefetch in flight (or arrived), for the article the reader asked for last. */
    let prefetched: { articleId: string; answer: Promise<ReaderHighlight[]>; arrived: ReaderHighlight[] | null } | null = null;
    /** The prefetched highlights of `articleId`, taken (a prefetch serves one load only). */
    const takePrefetch = (articleId: string) => {
      const found = prefetched?.articleId === articleId ? prefetched : null;
      prefetched = null;
      return found;
    };
    const act = async <T,>(work: () => Promise<T>): Promise<T> => {
      // Anything changed through the store makes an earlier answer possibly stale.
      prefetched = null;
      try {
        const result = await work();
        set({ error: null });
        onChanged();
        return result;
      } catch (error) {
        set({ error: shownError(error) });
        throw error;
      }
    };
    /** The highlights of the article shown, as they arrived: drawn, and a waiting focus applied. */
    const arrived = (articleId: string, highlights: ReaderHighlight[], opened: Partial<AnnotationsState> = {}) => {
      const selectedId = 'selectedId' in opened ? opened.selectedId : get().selectedId;
      set({
        ...opened,
        highlights: [...highlights].sort(byPosition),
        loading: false,
        selectedId: selectedId && highlights.some((h) => h.id === selectedId) ? selectedId : null,
      });
      if (pendingFocus?.articleId === articleId) {
        const { id } = pendingFocus;
        pendingFocus = null;
        if (highlights.some((h) => h.id === id)) get().reveal(id);
      }
    };
    const fetch = async (articleId: string, answer?: Promise<ReaderHighlight[]>) => {
      try {
        const highlights = await (answer ?? client['highlights.forArticle']({ articleId, lean: true }));
        if (get().articleId !== articleId) return; // the reader moved on meanwhile
        arrived(articleId, highlights);
      } catch (error) {
        if (get().articleId === articleId) set({ loading: false, error: shownError(error) });
      }
    };
    return {
      articleId: null,
      highlights: [],
      loading: false,
      error: null,
      selectedId: null,
      revealSeq: 0,

      prefetch(articleId) {
        if (prefetched?.articleId === articleId) return;
        const answer = client['highlights.forArticle']({ articleId, lean: true });
        const entry: NonNullable<typeof prefetched> = { articleId, answer, arrived: null };
        prefetched = entry;
        // A failure is reported by the load that takes this answer (not here: it may never come).
        answer.then((highlights) => (entry.arrived = highlights), () => {});
      },
      async load(articleId) {
        if (articleId === get().articleId) return;
        const early = articleId ? takePrefetch(articleId) : null;
        if (articleId && early?.arrived) {
          // Already here: the article and its marks are drawn in the same render.
          arrived(articleId, early.arrived, { articleId, selectedId: null, error: null });
          return;
        }
        set({ articleId, highlights: [], selectedId: null, error: null, loading: articleId !== null });
        if (articleId) await fetch(articleId, early?.answer);
      },
      async reload() {
        prefetched = null;
        const { articleId } = get();
        if (articleId) await fetch(articleId);
      },
      create: (input, preview) =>
        act(async () => {
          const articleId = get().articleId;
          if (!articleId) throw new Error('No article is open to mark.');
          const pendingId = preview ? `pending-${++pendingCount}` : null;
          if (preview && pendingId) set({ highlights: [...get().highlights, pendingHighlight(pendingId, articleId, input, preview.exact)].sort(byPosition) });
          const withoutPending = () => get().highlights.filter((x) => x.id !== pendingId);
          let h: ReaderHighlight;
          try {
            h = await client['highlights.create']({ articleId, ...input });
          } catch (error) {
            if (pendingId) set({ highlights: withoutPending() });
            throw error;
          }
          if (get().articleId === articleId) set({ highlights: [...withoutPending(), h].sort(byPosition), selectedId: h.id });
          return h;
        }),
      update: (id, patch) =>
        act(async () => {
          const h = await client['highlights.update']({ id, ...patch });
          set({ highlights: get().highlights.map((x) => (x.id === id ? h : x)) });
          return h;
        }),
      remove: (id) =>
        act(async () => {
          await client['highlights.delete']({ id });
          set({ highlights: get().highlights.filter((x) => x.id !== id), selectedId: get().selectedId === id ? null : get().selectedId });
        }),
      select(id) {
        if (id && isPending(id)) return; // it has nothing to edit until it is stored
        set({ selectedId: id });
      },
      reveal(id) {
        if (isPending(id)) return;
        set({ selectedId: id, revealSeq: get().revealSeq + 1 });
      },
      focus(articleId, id) {
        const { articleId: current, loading, highlights } = get();
        if (current === articleId && !loading && highlights.some((h) => h.id === id)) {
          pendingFocus = null;
          get().reveal(id);
        } else pendingFocus = { articleId, id };
      },
      clearError() {
        set({ error: null });
      },
    };
  });
}
