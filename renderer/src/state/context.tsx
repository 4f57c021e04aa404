/** React access to the stores: components read slices with selectors, never the client. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AnnotationsState } from './annotations-store';
import type { CodebookState } from './codebook-store';
import type { HistoryState } from './history-store';
import type { ImportState } from './import-store';
import type { LibraryState } from './library-store';
import type { ProjectState } from './project-store';
import type { ReaderState } from './reader-store';
import type { SearchState } from './search-store';
import type { ShareState } from './share-store';
import type { Stores } from './stores';
import type { SuggestionsState } from './suggestions-store';

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores needs a <StoresProvider> above it.');
  return stores;
}

export const useProject = <T,>(selector: (s: ProjectState) => T): T => useStore(useStores().project, selector);
export const useLibrary = <T,>(selector: (s: LibraryState) => T): T => useStore(useStores().library, selector);
export const useReader = <T,>(selector: (s: ReaderState) => T): T => useStore(useStores().reader, selector);
export const useImport = <T,>(selector: (s: ImportState) => T): T => useStore(useStores().importer, selector);
export const useCodebook = <T,>(selector: (s: CodebookState) => T): T => useStore(useStores().codebook, selector);
export const useAnnotations = <T,>(selector: (s: AnnotationsState) => T): T => useStore(useStores().annotations, selector);
export const useHistory = <T,>(selector: (s: HistoryState) => T): T => useStore(useStores().history, selector);
export const useSearch = <T,>(selector: (s: SearchState) => T): T => useStore(useStores().search, selector);
export const useSuggestions = <T,>(selector: (s: SuggestionsState) => T): T => useStore(useStores().suggestions, selector);
export const useShare = <T,>(selector: (s: ShareState) => T): T => useStore(useStores().share, selector);
