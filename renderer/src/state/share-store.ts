/**
 * Export, share and merge: which of the three dialogs is open, the work under way (the
 * application does it — exports and merges as jobs on a worker, polled here for their progress
 * and cancellable — so the window stays responsive and says how far it is), and what came of it — the file written and its row count, a merge report, an undone
 * merge. A file that already exists is not replaced until the analyst confirms (`existing`).
 * After a merge or its undo the project's views reload (stores.ts wires `onProjectChanged`).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  ExportFormat, ExportJob, ExportProgress, HeaderStyle, MergeJob, MergeProgress, MergeReport, ProjectInfo, QuoteFilters, SheetLanguage,
} from '../../../shared/contract/index';
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

/** The export or merge running on the application's worker, and how far it is. */
export type RunningJob =
  | { kind: 'export'; id: string; progress: ExportProgress; cancelling: boolean }
  | { kind: 'merge'; id: string; progress: MergeProgress; cancelling: boolean };

/** How often a running job's progress is asked for. */
export const POLL_MS = 200;

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
  job: RunningJob | null;
  /** The last export or merge was cancelled (nothing written / nothing changed). */
  cancelled: 'export' | 'merge' | null;

  openDialog(dialog: ShareDialog): void;
  closeDialog(): void;
  countRows(format: ExportChoice, filters: QuoteFilters): Promise<void>;
  exportQuotes(request: ExportRequest, overwrite?: boolean): Promise<boolean>;
  saveCopy(path: string, overwrite?: boolean): Promise<boolean>;
  merge(path: string): Promise<boolean>;
  undoMerge(): Promise<boolean>;
  /** Stop the running export or merge. */
  cancelJob(): Promise<void>;
  /** Electron's native picker; null when cancelled (or unavailable). */
  choosePath(purpose: 'export' | 'copy' | 'merge', format?: ExportChoice, suggestedName?: string): Promise<string | null>;
  dismissExisting(): void;
}

export type ShareStore = StoreApi<ShareState>;

const IDLE = {
  busy: false, error: null, existing: null, count: null, exported: null, copied: null, report: null, undone: false, job: null, cancelled: null,
};

/** Core refuses an existing destination with this reason (export/write-file.ts); older cores only by its wording. */
function isExistingFile(error: unknown): boolean {
  if (!(error instanceof ClientError) || error.code !== 'invalid_input') return false;
  return error.reason ? error.reason === 'write_target_exists' : / already exists; /.test(error.message);
}

export function createShareStore(
  client: Client,
  hooks: { onProjectChanged: (project: ProjectInfo | null) => void },
  options: { pollMs?: number } = {},
): ShareStore {
  const pollMs = options.pollMs ?? POLL_MS;
  return createStore<ShareState>()((set, get) => {
    let countSeq = 0;

    /** Ask for the job's status until it has finished; progress goes into `job` meanwhile. */
    const follow = async <J extends ExportJob | MergeJob>(kind: RunningJob['kind'], id: string, status: () => Promise<J>): Promise<J | null> => {
      for (;;) {
        const job = await status();
        if (job.state !== 'running') {
          set({ job: null });
          if (job.state === 'cancelled') set({ cancelled: kind });
          if (job.state === 'failed') {
            const method = kind === 'export' ? 'export.status' : 'project.mergeStatus';
            throw new ClientError(method, job.code ?? 'internal', job.error ?? 'failed', job.reason, job.params);
          }
          return job.state === 'done' ? job : null;
        }
        const current = get().job;
        set({ job: { kind, id, progress: job.progress, cancelling: current?.id === id && current.cancelling } as RunningJob });
        await new Promise((r) => setTimeout(r, pollMs));
      }
    };

    /** One piece of work at a time; an existing destination becomes a question, other failures a message. */
    const attempt = async (path: string | null, work: () => Promise<void>): Promise<boolean> => {
      if (get().busy) return false;
      set({ busy: true, error: null, existing: null, cancelled: null });
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
          if (format === 'pdf') {
            // Electron's own renderer prints; there is no worker job for it.
            set({ exported: await client['export.printPdf']({ path, filters, lang, overwrite }) });
            return;
          }
          const { jobId } = await client['export.start']({ format, path, filters, lang, header, overwrite });
          const job = await follow('export', jobId, () => client['export.status']({ jobId }));
          if (job) set({ exported: job.result });
        }),

      saveCopy: (path, overwrite = false) =>
        attempt(path, async () => {
          set({ copied: (await client['project.saveCopy']({ path, overwrite })).path });
        }),

      merge: (path) =>
        attempt(null, async () => {
          const { jobId } = await client['project.mergeStart']({ path });
          const job = await follow('merge', jobId, () => client['project.mergeStatus']({ jobId }));
          if (!job) return;
          set({ report: job.report, undone: false });
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

      async cancelJob() {
        const job = get().job;
        if (!job || job.cancelling) return;
        set({ job: { ...job, cancelling: true } });
        try {
          if (job.kind === 'export') await client['export.cancel']({ jobId: job.id });
          else await client['project.mergeCancel']({ jobId: job.id });
        } catch (error) {
          set({ error: shownError(error) });
        }
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
