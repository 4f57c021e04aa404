import type { ExportFormat } from '../../../shared/contract/exports';

/**
 * What the hosting shell provides beyond core: native dialogs and printing in Electron. Web
 * mode has none and answers 'unsupported', so the renderer asks for a typed path instead.
 */
export interface Shell {
  kind: 'electron' | 'web';
  chooseProjectToOpen(): Promise<string | null>;
  chooseProjectToCreate(): Promise<string | null>;
  chooseImportPaths(folders: boolean): Promise<string[]>;
  /** Where to write an export or a copy of the project; null when cancelled. */
  chooseSavePath?(purpose: 'export' | 'copy', format?: ExportFormat | 'pdf', suggestedName?: string): Promise<string | null>;
  /** A colleague's project (.sqlite) or a REFI-QDA project (.qdpx) to merge; null when cancelled. */
  chooseMergeSource?(): Promise<string | null>;
  /** Render a self-contained HTML page to PDF bytes (Electron's printToPDF). */
  printToPdf?(html: string): Promise<Uint8Array>;
}
