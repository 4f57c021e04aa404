/**
 * The export/share/merge part of the in-memory test bridge. A test double for component
 * tests only: "files" are a set of paths (existing ones are refused unless overwrite, as core
 * does), the row count comes from the seed, a merge answers the seeded report and its undo
 * asks the main double to put the project back. The formats themselves are tested against
 * SQLite in electron/core/export.
 */
import { DaftarError, type Handlers, type MergeReport, type ProjectInfo, type QuoteFilters } from '../../../shared/contract/index';

export type ShareMethod =
  | 'export.quotes'
  | 'export.count'
  | 'export.printPdf'
  | 'project.saveCopy'
  | 'project.merge'
  | 'project.undoMerge'
  | 'dialog.chooseSavePath'
  | 'dialog.chooseMergeSource';

export interface ShareSeed {
  /** Files that exist on the "disk" (an export or copy to one asks before replacing). */
  existing?: string[];
  /** Rows an export would write for these filters (default: 3 without filters, 1 with). */
  rows?: (filters: QuoteFilters) => number;
  /** What project.merge answers (its `other` is replaced by the requested path). */
  report?: MergeReport;
  /** A merge of this path fails with this message. */
  mergeErrors?: Record<string, string>;
  /** What the native pickers answer (Electron). */
  chosen?: { save?: string | null; merge?: string | null };
}

export interface ShareDouble {
  handlers: Pick<Handlers, ShareMethod>;
  /** Paths written, in order, with what was asked. */
  written: { method: string; path: string; overwrite: boolean }[];
}

export function createShareDouble(
  seed: ShareSeed,
  project: { shell: 'web' | 'electron'; requireOpen: () => void; afterMerge: () => void; undoMerge: () => ProjectInfo },
): ShareDouble {
  const existing = new Set(seed.existing ?? []);
  const written: ShareDouble['written'] = [];
  const rows = seed.rows ?? ((f: QuoteFilters) => (Object.keys(f).length ? 1 : 3));
  let snapshot: string | null = null;

  const write = (method: string, path: string, overwrite: boolean) => {
    project.requireOpen();
    if (existing.has(path) && !overwrite) throw new DaftarError('invalid_input', `${path} already exists; Daftar will not overwrite it (use --force to replace it).`);
    existing.add(path);
    written.push({ method, path, overwrite });
  };
  const electronOnly = () => {
    if (project.shell !== 'electron') throw new DaftarError('unsupported', 'File dialogs are only available in the desktop app; type a path instead.');
  };

  const handlers: ShareDouble['handlers'] = {
    'export.count': async ({ filters }) => {
      project.requireOpen();
      return { rows: rows(filters) };
    },
    'export.quotes': async ({ path, filters, overwrite }) => {
      write('export.quotes', path, overwrite);
      return { path, rows: rows(filters) };
    },
    'export.printPdf': async ({ path, filters, overwrite }) => {
      electronOnly();
      write('export.printPdf', path, overwrite);
      return { path, rows: rows(filters) };
    },
    'project.saveCopy': async ({ path, overwrite }) => {
      write('project.saveCopy', path, overwrite);
      return { path };
    },
    'project.merge': async ({ path }) => {
      project.requireOpen();
      const failure = seed.mergeErrors?.[path];
      if (failure) throw new DaftarError('project_invalid', failure);
      if (!seed.report) throw new DaftarError('invalid_input', `${path}: no such file.`);
      snapshot = seed.report.snapshot;
      project.afterMerge();
      return { ...seed.report, other: path };
    },
    'project.undoMerge': async ({ snapshot: given }) => {
      project.requireOpen();
      if (given !== snapshot) throw new DaftarError('invalid_input', `${given} is not a snapshot of this project taken before a merge; nothing was changed.`);
      snapshot = null;
      return project.undoMerge();
    },
    'dialog.chooseSavePath': async () => {
      electronOnly();
      return { path: seed.chosen?.save ?? null };
    },
    'dialog.chooseMergeSource': async () => {
      electronOnly();
      return { path: seed.chosen?.merge ?? null };
    },
  };
  return { handlers, written };
}
