/**
 * Export, share and merge: which of the three dialogs is open, the work under way (the
 * application does it; the renderer only waits, so the window stays responsive and says it is
 * busy), and what came of it — the file written and its row count, a merge report, an undone
 * merge. A file that already exists is not replaced until the analyst confirms (`existing`).
 * After a merge or its undo the project's views reload (stores.ts wires `onProjectChanged`).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ExportFormat, HeaderStyle, MergeReport, ProjectInfo, QuoteFilters, SheetLanguage } from '../../../shared/contract/index';
import { ClientError, shownError, type Client, type ShownError } from '../api/client';

export type ShareDialog = 'export' | 'copy' | 'merge';
/** What the export dialog offers: the export formats, and Print to PDF where Electron runs. */
export type ExportChoice = ExportFormat | 'pdf';

export interface ExportRequest {
  format: ExportChoice;
  path: string;
  filters: QuoteFilters;
  lang: SheetLanguage;
  header: HeaderStyle;
}

export interface ShareState {
  dialog: ShareDialog | null;
  busy: boolean;
  error: ShownError | null;
  /** The destination exists: the dialog asks before replacing it. */
  existing: string | null;
  /** Rows the export would write with the current choices (null while counting or unknown). */
  count: number | null;
  exported: { path: string; rows: number } | null;
  copied: string | null;
  report: MergeReport | null;
  /** The merge was undone: the project is back as it was before it. */
  undone: boolean;

  openDialog(dialog: ShareDialog): void;
  closeDialog(): void;
  countRows(format: ExportChoice, filters: QuoteFilters): Promise<void>;
  exportQuotes(request: ExportRequest, overwrite?: boolean): Promise<boolean>;
  saveCopy(path: string, overwrite?: boolean): Promise<boolean>;
  merge(path: string): Promise<boolean>;
  undoMerge(): Promise<boolean>;
  /** Electron's native picker; null when cancelled (or unavailable). */
  choosePath(purpose: 'export' | 'copy' | 'merge', format?: ExportChoice, suggestedName?: string): Promise<string | null>;
  dismissExisting(): void;
}

export type ShareStore = StoreApi<ShareState>;

const IDLE = { busy: false, error: null, existing: null, count: null, exported: null, copied: null, report: null, undone: false };

/** Core refuses an existing destination with this reason (export/write-file.ts); older cores only by its wording. */
function isExistingFile(error: unknown): boolean {
  if (!(error instanceof ClientError) || error.code !== 'invalid_input') return false;
  return error.reason ? error.reason === 'write_target_exists' : / already exists; /.test(error.message);
}

export function createShareStore(client: Client, hooks: { onProjectChanged: (project: ProjectInfo | null) => void }): ShareStore {
  return createStore<ShareState>()((set, get) => {
    let countSeq = 0;

    /** One piece of work at a time; an existing destination becomes a question, other failures a message. */
    const attempt = async (path: string | null, work: () => Promise<void>): Promise<boolean> => {
      if (get().busy) return false;
      set({ busy: true, error: null, existing: null });
      try {
        await work();
        return true;
      } catch (error) {
        if (path !== null && isExistingFile(error)) set({ existing: path });
        else set({ error: shownError(error) });
        return false;
      } finally {
        set({ busy: false });
      }
    };

    return {
      dialog: null,
      ...IDLE,

      openDialog: (dialog) => set({ dialog, ...IDLE }),
      closeDialog: () => {
        if (!get().busy) set({ dialog: null, ...IDLE });
      },

      async countRows(format, filters) {
        const seq = ++countSeq;
        set({ count: null });
        try {
          const { rows } = await client['export.count']({ format: format === 'pdf' ? 'html' : format, filters });
          if (seq === countSeq) set({ count: rows });
        } catch {
          // The count is a courtesy: a filter the application refuses is reported on export.
          if (seq === countSeq) set({ count: null });
        }
      },

      exportQuotes: (request, overwrite = false) =>
        attempt(request.path, async () => {
          const { format, path, filters, lang, header } = request;
          const result =
            format === 'pdf'
              ? await client['export.printPdf']({ path, filters, lang, overwrite })
              : await client['export.quotes']({ format, path, filters, lang, header, overwrite });
          set({ exported: result });
        }),

      saveCopy: (path, overwrite = false) =>
        attempt(path, async () => {
          set({ copied: (await client['project.saveCopy']({ path, overwrite })).path });
        }),

      merge: (path) =>
        attempt(null, async () => {
          const report = await client['project.merge']({ path });
          set({ report, undone: false });
          hooks.onProjectChanged(await client['app.info']({}).then((info) => info.project));
        }),

      async undoMerge() {
        const report = get().report;
        if (!report) return false;
        return attempt(null, async () => {
          const project = await client['project.undoMerge']({ snapshot: report.snapshot });
          set({ undone: true });
          hooks.onProjectChanged(project);
        });
      },

      async choosePath(purpose, format, suggestedName) {
        try {
          if (purpose === 'merge') return (await client['dialog.chooseMergeSource']({})).path;
          return (await client['dialog.chooseSavePath']({ purpose, format, suggestedName })).path;
        } catch (error) {
          set({ error: shownError(error) });
          return null;
        }
      },

      dismissExisting: () => set({ existing: null }),
    };
  });
}
