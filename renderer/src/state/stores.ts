/**
 * All domain stores of one window, created over one client and wired together here (and only
 * here), so each store stays about its own domain:
 *   project opened/closed/switched → library reloads, reader and import reset;
 *   library selection changes      → reader shows that article;
 *   import brings articles         → library refreshes.
 */
import type { Client } from '../api/client';
import { createCodebookStore, type CodebookStore } from './codebook-store';
import { createImportStore, type ImportStore, type ImportStoreOptions } from './import-store';
import { createLibraryStore, type LibraryStore } from './library-store';
import { createProjectStore, type ProjectStore } from './project-store';
import { createReaderStore, type ReaderStore } from './reader-store';

export interface Stores {
  project: ProjectStore;
  library: LibraryStore;
  reader: ReaderStore;
  importer: ImportStore;
  codebook: CodebookStore;
  /** Stop listening and polling (tests unmount apps; a window never needs this). */
  dispose(): void;
}

export type StoresOptions = Pick<ImportStoreOptions, 'pollMs' | 'refreshMs'>;

export function createStores(client: Client, options: StoresOptions = {}): Stores {
  const project = createProjectStore(client);
  const library = createLibraryStore(client);
  const reader = createReaderStore(client);
  const importer = createImportStore(client, { ...options, onArticlesChanged: () => void library.getState().refresh() });
  const codebook = createCodebookStore(client);

  const unsubscribeProject = project.subscribe((state, previous) => {
    if (state.project?.path === previous.project?.path) return;
    importer.getState().reset();
    library.getState().reset();
    void reader.getState().show(null);
    codebook.getState().reset();
    if (state.project) {
      void library.getState().load();
      void codebook.getState().refresh();
    }
  });
  const unsubscribeLibrary = library.subscribe((state, previous) => {
    if (state.selectedId !== previous.selectedId) void reader.getState().show(state.selectedId);
  });

  return {
    project,
    library,
    reader,
    importer,
    codebook,
    dispose() {
      unsubscribeProject();
      unsubscribeLibrary();
      importer.getState().reset();
    },
  };
}
