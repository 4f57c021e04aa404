/** The reader domain: the article being read, fetched in full (text and paragraphs). */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Article } from '../../../shared/contract/index';
import { errorMessage, type Client } from '../api/client';

export interface ReaderState {
  /** The id asked for; `article` may still be the previous one while it loads. */
  id: string | null;
  article: Article | null;
  loading: boolean;
  error: string | null;
  show(id: string | null): Promise<void>;
}

export type ReaderStore = StoreApi<ReaderState>;

export function createReaderStore(client: Client): ReaderStore {
  return createStore<ReaderState>()((set, get) => ({
    id: null,
    article: null,
    loading: false,
    error: null,

    async show(id) {
      if (id === get().id && (get().article?.id === id || get().loading)) return;
      if (id === null) {
        set({ id: null, article: null, loading: false, error: null });
        return;
      }
      set({ id, loading: true, error: null });
      try {
        const article = await client['articles.get']({ id });
        // Arrow keys move through the list faster than articles arrive: keep only the last.
        if (get().id === id) set({ article, loading: false });
      } catch (error) {
        if (get().id === id) set({ article: null, loading: false, error: errorMessage(error) });
      }
    },
  }));
}
