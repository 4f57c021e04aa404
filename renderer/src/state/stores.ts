/**
 * All domain stores of one window, created over one client and wired together here (and only
 * here), so each store stays about its own domain:
 *   project opened/closed/switched → library reloads, reader and import reset;
 *   library selection changes      → reader shows that article;
 *   import brings articles         → library (and the shown search results) refresh;
 *   codebook filter changes        → library narrows to it (and re-reads after codebook
 *                                    changes, which can move quotes: merge, delete, undo);
 *   reader asks for an article     → its highlights are fetched beside it;
 *   reader shows an article        → its highlights load (from that fetch when it was for it);
 *   a highlight or tag changes     → codebook counts, the undo label (and highlights) refresh;
 *   undo/redo                      → only what the step changed, as the core reports it
 *                                    (refreshAfterStep below);
 *   article metadata saved         → that article's library row and the undo label refresh;
 *   a search result is opened      → the library selects it (so the reader shows it), and a
 *                                    quote result's highlight is focused once loaded;
 *   annotations change (or undo)   → quote and note search results refresh;
 *   reader shows an article        → its search hits load while a query is active,
 *                                    and its suggestions while the suggestions mode is on;
 *   a suggestion is accepted       → highlights, codebook and the undo label refresh;
 *   codebook changes               → suggestions reload (speakers moved).
 *   a merge or its undo            → every view reloads (same path, other content).
 */
import type { Client } from '../api/client';
import type { HistoryChanges } from '../../../shared/contract/index';
import { createAnnotationsStore, type AnnotationsStore } from './annotations-store';
import { createCodebookStore, type CodebookStore } from './codebook-store';
import { createHistoryStore, type HistoryStore } from './history-store';
import { createImportStore, type ImportStore, type ImportStoreOptions } from './import-store';
import { createLibraryStore, type LibraryStore } from './library-store';
import { createProjectStore, type ProjectStore } from './project-store';
import { createReaderStore, type ReaderStore } from './reader-store';
import { createSearchStore, type SearchStore } from './search-store';
import { createSuggestionsStore, type SuggestionsStore } from './suggestions-store';
import { createShareStore, type ShareStore } from './share-store';

export interface Stores {
  project: ProjectStore;
  library: LibraryStore;
  reader: ReaderStore;
  importer: ImportStore;
  codebook: CodebookStore;
  annotations: AnnotationsStore;
  history: HistoryStore;
  search: SearchStore;
  suggestions: SuggestionsStore;
  share: ShareStore;
  /** Stop listening and polling (tests unmount apps; a window never needs this). */
  dispose(): void;
}

export type StoresOptions = Pick<ImportStoreOptions, 'pollMs' | 'refreshMs'>;

export function createStores(client: Client, options: StoresOptions = {}): Stores {
  const project = createProjectStore(client);
  const library = createLibraryStore(client);
  // An edited title, source or date changes the article's row (or its place in the list), and the edit can be undone.
  const reader = createReaderStore(client, (change) => {
    void library.getState().articlesChanged([change]);
    void history.getState().refresh();
  });
  const importer = createImportStore(client, {
    ...options,
    onArticlesChanged: () => {
      void library.getState().refresh();
      void search.getState().refresh();
    },
  });
  // The three annotation stores refer to each other only through these callbacks.
  const codebook = createCodebookStore(client, () => {
    void annotations.getState().reload();
    void history.getState().refresh();
    refreshAnnotationSearch();
  });
  // Quote and note results change with the annotations: ask the shown search again.
  const refreshAnnotationSearch = () => {
    if (search.getState().searched?.scope !== 'articles') void search.getState().refresh();
  };
  const annotations = createAnnotationsStore(client, () => {
    void codebook.getState().refresh();
    void history.getState().refresh();
    refreshAnnotationSearch();
  });
  /**
   * After an undo or redo, what the step changed and nothing more: with 1,000 quotes and 30,000
   * articles, reading everything again is slow and loses the list's scroll and the selection.
   */
  const refreshAfterStep = (changed: HistoryChanges) => {
    const kinds = new Set(changed.kinds);
    const shown = reader.getState().id;
    const quotesMoved = kinds.has('highlights');
    // Speaker and theme counts follow the quotes; names and the tree are the codebook's own.
    if (quotesMoved || kinds.has('codebook')) void codebook.getState().refresh();
    if (shown !== null && changed.annotations.includes(shown)) void annotations.getState().reload();
    if (quotesMoved || kinds.has('notes') || kinds.has('codebook')) refreshAnnotationSearch();
    // Suggestions know the article's quotes and rejections (and the speakers: see the codebook subscription).
    if (shown !== null && (changed.annotations.includes(shown) || changed.rejections.includes(shown))) void suggestions.getState().reload();
    if (changed.metadata.length > 0) {
      if (shown !== null && changed.metadata.some((m) => m.id === shown)) void reader.getState().reload();
      void library.getState().articlesChanged(changed.metadata);
      // Titles are searched and shown in every scope's results.
      if (search.getState().searched) void search.getState().refresh();
    }
  };
  const history = createHistoryStore(client, refreshAfterStep);
  const suggestions = createSuggestionsStore(client, {
    highlights: () => annotations.getState().highlights,
    onAccepted: async () => {
      void codebook.getState().refresh();
      void history.getState().refresh();
      refreshAnnotationSearch();
      await annotations.getState().reload();
    },
    onRejected: () => void history.getState().refresh(),
  });

  // The library has no "select by id": the selected row is found again from the id among
  // the loaded pages (as after re-sorting), and the reader follows the selection.
  const search = createSearchStore(client, {
    openArticle: (id) => library.setState({ selectedId: id, selectedIndex: null }),
    focusHighlight: (articleId, highlightId) => annotations.getState().focus(articleId, highlightId),
  });

  /** Every view of the project starts again: another project, or this one replaced by a merge or its undo. */
  const reloadViews = (open: boolean) => {
    search.getState().reset();
    importer.getState().reset();
    library.getState().reset();
    void reader.getState().show(null);
    codebook.getState().reset();
    history.getState().reset();
    if (open) {
      void library.getState().load();
      void codebook.getState().refresh();
      void history.getState().refresh();
    }
  };
  const unsubscribeProject = project.subscribe((state, previous) => {
    if (state.project?.path === previous.project?.path) return;
    reloadViews(state.project !== null);
  });
  // A merge or its undo changes the open project's content under the same path.
  const share = createShareStore(client, {
    onProjectChanged: (info) => {
      project.setState({ project: info });
      reloadViews(info !== null);
    },
  });
  const unsubscribeLibrary = library.subscribe((state, previous) => {
    if (state.selectedId !== previous.selectedId) void reader.getState().show(state.selectedId);
  });
  const unsubscribeReader = reader.subscribe((state, previous) => {
    // The highlights are asked for beside the article, not after it (one round trip less).
    if (state.id !== previous.id && state.id !== null) annotations.getState().prefetch(state.id);
    if (state.article?.id !== previous.article?.id) {
      void annotations.getState().load(state.article?.id ?? null);
      void search.getState().articleShown(state.article?.id ?? null);
      void suggestions.getState().load(state.article?.id ?? null);
    }
  });

  const unsubscribeCodebook = codebook.subscribe((state, previous) => {
    // A new speaker or alias changes which speakers the suggestions resolve to.
    if (state.tags !== previous.tags && suggestions.getState().active && !suggestions.getState().busy) void suggestions.getState().reload();
    const { speakerId, themeId } = state.filter;
    if (speakerId !== previous.filter.speakerId || themeId !== previous.filter.themeId) {
      void library.getState().setFilter(state.filter);
    } else if (state.tags !== previous.tags && (speakerId || themeId)) {
      void library.getState().refresh();
    }
  });

  return {
    project,
    library,
    reader,
    importer,
    codebook,
    annotations,
    history,
    search,
    suggestions,
    share,
    dispose() {
      unsubscribeProject();
      unsubscribeLibrary();
      unsubscribeReader();
      unsubscribeCodebook();
      search.getState().reset();
      importer.getState().reset();
    },
  };
}
