/**
 * The codebook domain: speakers and themes (tags), with their counts, and the codebook
 * filter the analyst has chosen (a speaker and/or a theme) that narrows the library and the
 * quotes. Every change goes through the contract and is undoable there (history.undo);
 * after any change — here, an undo, or a highlight edit elsewhere — call `refresh()`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Tag, TagInput, TagKind, TagPatch } from '../../../shared/contract/index';
import { shownError, type Client, type ShownError } from '../api/client';

export interface CodebookFilter {
  speakerId: string | null;
  themeId: string | null;
}

export interface CodebookState {
  tags: Tag[];
  loaded: boolean;
  /** The last failure, for the panel to show (the action also rethrows it). */
  error: ShownError | null;
  filter: CodebookFilter;

  refresh(): Promise<void>;
  create(input: TagInput): Promise<Tag>;
  update(id: string, patch: TagPatch): Promise<Tag>;
  remove(id: string): Promise<{ highlightsAffected: number }>;
  merge(sourceId: string, targetId: string): Promise<Tag>;
  setFilter(filter: Partial<CodebookFilter>): void;
  reset(): void;
}

export type CodebookStore = StoreApi<CodebookState>;

/** Speakers, or themes in tree order (parents before children, siblings by position). */
export function tagsOfKind(tags: Tag[], kind: TagKind): Tag[] {
  return tags.filter((t) => t.kind === kind);
}

/** Themes as a depth-first list with their depth, for trees and quick-picks. */
export function themeTree(tags: Tag[]): { tag: Tag; depth: number }[] {
  const themes = tagsOfKind(tags, 'theme');
  const ids = new Set(themes.map((t) => t.id));
  const children = new Map<string | null, Tag[]>();
  for (const t of themes) {
    const parent = t.parentId && ids.has(t.parentId) ? t.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), t]);
  }
  const out: { tag: Tag; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const t of (children.get(parent) ?? []).sort((a, b) => a.position - b.position)) {
      out.push({ tag: t, depth });
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export function createCodebookStore(client: Client, onChanged: () => void = () => {}): CodebookStore {
  return createStore<CodebookState>()((set, get) => {
    const act = async <T,>(work: () => Promise<T>): Promise<T> => {
      try {
        const result = await work();
        set({ error: null });
        await get().refresh();
        onChanged();
        return result;
      } catch (error) {
        set({ error: shownError(error) });
        throw error;
      }
    };
    return {
      tags: [],
      loaded: false,
      error: null,
      filter: { speakerId: null, themeId: null },

      async refresh() {
        try {
          const tags = await client['tags.list']({});
          const ids = new Set(tags.map((t) => t.id));
          const { speakerId, themeId } = get().filter;
          // A filter on a tag that was deleted or merged away is dropped.
          set({
            tags,
            loaded: true,
            filter: { speakerId: speakerId && ids.has(speakerId) ? speakerId : null, themeId: themeId && ids.has(themeId) ? themeId : null },
          });
        } catch (error) {
          set({ error: shownError(error) });
        }
      },
      create: (input) => act(() => client['tags.create'](input)),
      update: (id, patch) => act(() => client['tags.update']({ id, patch })),
      remove: (id) => act(() => client['tags.delete']({ id })),
      merge: (sourceId, targetId) => act(() => client['tags.merge']({ sourceId, targetId })),
      setFilter(filter) {
        set({ filter: { ...get().filter, ...filter } });
      },
      reset() {
        set({ tags: [], loaded: false, error: null, filter: { speakerId: null, themeId: null } });
      },
    };
  });
}
