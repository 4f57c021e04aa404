/** The reader domain: the article being read, fetched in full (text and paragraphs). */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Article, ArticleMetaEdit, MetaField } from '../../../shared/contract/index';
import { shownError, type Client, type ShownError } from '../api/client';

export interface ReaderState {
  /** The id asked for; `article` may still be the previous one while it loads. */
  id: string | null;
  article: Article | null;
  loading: boolean;
  error: ShownError | null;
  show(id: string | null): Promise<void>;
  /** Read the shown article again (its metadata may have changed: an undo, an edit elsewhere). */
  reload(): Promise<void>;
  /** Save the shown article's metadata (articles.updateMeta); throws the application's message. */
  saveMeta(edit: ArticleMetaEdit): Promise<Article>;
}

export type ReaderStore = StoreApi<ReaderState>;

const META_FIELDS: readonly MetaField[] = ['title', 'source', 'published', 'place', 'url', 'author'];

/** Which details differ between two versions of an article. */
export function changedFields(before: Article | null, after: Article): MetaField[] {
  return META_FIELDS.filter((f) => (before?.[f] ?? null) !== (after[f] ?? null));
}

export function createReaderStore(client: Client, onMetaSaved: (change: { id: string; fields: MetaField[] }) => void = () => {}): ReaderStore {
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
        if (get().id === id) set({ article: null, loading: false, error: shownError(error) });
      }
    },

    async reload() {
      const id = get().id;
      if (id === null) return;
      try {
        const article = await client['articles.get']({ id });
        // When nothing changed after all (an edit undone and redone elsewhere), keeping the same
        // object spares re-rendering a long article and its highlights.
        if (get().id === id && JSON.stringify(get().article) !== JSON.stringify(article)) set({ article });
      } catch (error) {
        if (get().id === id) set({ error: shownError(error) });
      }
    },

    async saveMeta(edit) {
      const before = get().article?.id === edit.id ? get().article : null;
      const article = await client['articles.updateMeta'](edit);
      if (get().id === article.id) set({ article });
      onMetaSaved({ id: article.id, fields: changedFields(before, article) });
      return article;
    },
  }));
}
