/**
 * The import domain: the import dialog, the running job and its final report.
 *
 * The job runs in the application (a worker thread); here we only start it, poll
 * import.status every ~250 ms for progress, ask for a library refresh about once a second
 * while articles arrive (and once at the end), and cancel on request.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CollectionPreview, ColumnMapping, Encoding, ImportJob, ImportReport, Response } from '../../../shared/contract/index';
import { shownError, type Client, type ShownError } from '../api/client';
import { sendFiles, tooLarge, type DroppedFile } from '../api/upload';
import { isCollectionName, type Dropped } from '../importing/dropped';

/** An import waiting for the analyst to map a collection's columns. */
type PendingStart = { kind: 'paths'; paths: string[]; encoding: Encoding } | { kind: 'upload'; uploadId: string; encoding: Encoding };

export type PasteResult = Response<'import.paste'>;

export interface ImportState {
  dialogOpen: boolean;
  job: ImportJob | null;
  starting: boolean;
  cancelling: boolean;
  /** Why the import could not start or its progress could not be read. */
  error: ShownError | null;
  /** Web mode: dropped files being sent to the application (bytes). */
  upload: { sent: number; total: number } | null;
  /** Files that could not even be sent (too large): shown with the report's failures. */
  localFailed: ImportReport['failed'];
  /** The collection whose columns the analyst is asked to map, and the import waiting for it. */
  mapping: CollectionPreview | null;
  pending: PendingStart | null;
  pasteOpen: boolean;
  /** Text pasted on the library (Ctrl+V), handed to the paste dialog. */
  pasteText: string;

  openDialog(): void;
  /** Closes the dialog; ignored while a job runs (it must be cancelled first). */
  closeDialog(): void;
  /** Electron's native picker; returns the chosen paths (empty when cancelled). */
  choose(folders: boolean): Promise<string[]>;
  /**
   * Import paths. Collections among them are previewed first: when one has no recognisable
   * text column (or `askMapping`), the mapping dialog opens and the import waits for it.
   */
  start(paths: string[], encoding: Encoding, askMapping?: boolean): Promise<void>;
  /** Files or folders dropped on the library (paths in Electron, bytes in web mode). */
  drop(dropped: Dropped): Promise<void>;
  confirmMapping(columns: ColumnMapping): Promise<void>;
  cancelMapping(): void;
  openPaste(text?: string): void;
  closePaste(): void;
  pastePreview(text: string): Promise<Response<'import.pastePreview'> | null>;
  paste(article: { text: string; title: string; source: string; published: string; place: string; url: string; author: string }): Promise<PasteResult>;
  cancel(): Promise<void>;
  /** Forget the job and stop polling (project closed or switched). */
  reset(): void;
}

export type ImportStore = StoreApi<ImportState>;

export interface ImportStoreOptions {
  pollMs?: number;
  refreshMs?: number;
  /** New articles may be in the project: refresh the library. */
  onArticlesChanged?: () => void;
}

/** Said in the UI's language by the dialog (these are keys, not messages). */
export const NO_COLLECTION = 'importing.mapNoCollection';
export const NOTHING_DROPPED = 'importing.nothingDropped';
export const TOO_LARGE = 'larger than 50 MB: a browser cannot send it; import it by its path';

const EMPTY: ImportJob['progress'] = { done: 0, total: 0, imported: 0, duplicates: 0, failed: 0, currentFile: null, rate: 0, etaSeconds: null };

export function isRunning(job: ImportJob | null): boolean {
  return job?.state === 'running';
}

export function createImportStore(client: Client, options: ImportStoreOptions = {}): ImportStore {
  const pollMs = options.pollMs ?? 250;
  const refreshMs = options.refreshMs ?? 1000;
  const articlesChanged = options.onArticlesChanged ?? (() => {});
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Polls belong to one job; a reset or a new job makes older polls stop quietly.
  let pollToken = 0;

  const stopPolling = () => {
    pollToken++;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  return createStore<ImportState>()((set, get) => {
    const poll = (jobId: string) => {
      const token = ++pollToken;
      let lastRefresh = Date.now();
      let lastImported = 0;
      const tick = async () => {
        timer = null;
        let job: ImportJob;
        try {
          job = await client['import.status']({ jobId });
        } catch (error) {
          if (token === pollToken) set({ error: shownError(error) });
          return;
        }
        if (token !== pollToken) return;
        set({ job });
        if (!isRunning(job)) {
          set({ cancelling: false });
          articlesChanged();
          return;
        }
        const now = Date.now();
        if (job.progress.imported !== lastImported && now - lastRefresh >= refreshMs) {
          lastRefresh = now;
          lastImported = job.progress.imported;
          articlesChanged();
        }
        timer = setTimeout(() => void tick(), pollMs);
      };
      timer = setTimeout(() => void tick(), pollMs);
    };

    /** Start the job (paths or an upload) and follow it. */
    const launch = async (pending: PendingStart, columns?: ColumnMapping): Promise<void> => {
      const { jobId } =
        pending.kind === 'paths'
          ? await client['import.start']({ paths: pending.paths, encoding: pending.encoding, columns })
          : await client['import.uploadStart']({ uploadId: pending.uploadId, encoding: pending.encoding, columns });
      set({ job: await client['import.status']({ jobId }), upload: null });
      if (isRunning(get().job)) poll(jobId);
      else articlesChanged();
    };

    /** The first collection that needs mapping (or, when asked, the first collection), previewed. */
    const needsMapping = async (pending: PendingStart, names: string[], ask: boolean): Promise<CollectionPreview | null> => {
      for (const name of names.filter(isCollectionName)) {
        const preview =
          pending.kind === 'paths'
            ? await client['import.previewCollection']({ path: name, encoding: pending.encoding })
            : await client['import.previewCollection']({ uploadId: pending.uploadId, name, encoding: pending.encoding });
        if (ask || preview.problem) return preview;
      }
      return null;
    };

    const begin = async (pending: PendingStart, names: string[], ask: boolean): Promise<void> => {
      const preview = await needsMapping(pending, names, ask);
      if (preview) set({ mapping: preview, pending, upload: null });
      else await launch(pending);
    };

    return {
      dialogOpen: false,
      job: null,
      starting: false,
      cancelling: false,
      error: null,
      upload: null,
      localFailed: [],
      mapping: null,
      pending: null,
      pasteOpen: false,
      pasteText: '',

      openDialog() {
        // A finished job's report is replaced by a fresh form; a running one stays on show.
        if (isRunning(get().job)) set({ dialogOpen: true });
        else set({ dialogOpen: true, job: null, error: null, localFailed: [], mapping: null, pending: null });
      },

      closeDialog() {
        if (isRunning(get().job) || get().starting) return;
        set({ dialogOpen: false });
      },

      async choose(folders) {
        try {
          return (await client['dialog.chooseImportPaths']({ folders })).paths;
        } catch (error) {
          set({ error: shownError(error) });
          return [];
        }
      },

      async start(paths, encoding, askMapping = false) {
        if (get().starting || isRunning(get().job)) return;
        stopPolling();
        set({ starting: true, error: null, job: null, localFailed: [] });
        try {
          const pending: PendingStart = { kind: 'paths', paths, encoding };
          if (askMapping && !paths.some(isCollectionName)) throw new Error(NO_COLLECTION);
          await begin(pending, paths, askMapping);
        } catch (error) {
          set({ error: error instanceof Error && error.message === NO_COLLECTION ? { message: NO_COLLECTION } : shownError(error) });
        } finally {
          set({ starting: false });
        }
      },

      async drop(dropped) {
        if (get().starting || isRunning(get().job)) {
          set({ dialogOpen: true });
          return;
        }
        if (dropped.kind === 'paths') {
          set({ dialogOpen: true });
          await get().start(dropped.paths, 'auto');
          return;
        }
        stopPolling();
        const big = tooLarge(dropped.files);
        const files: DroppedFile[] = dropped.files.filter((f) => !big.includes(f));
        const localFailed = big.map((f) => ({ file: f.name, error: TOO_LARGE }));
        const total = files.reduce((n, f) => n + f.file.size, 0);
        set({ dialogOpen: true, starting: true, error: null, job: null, localFailed, mapping: null, pending: null, upload: { sent: 0, total } });
        let uploadId: string | null = null;
        try {
          if (files.length === 0) throw new Error(NOTHING_DROPPED);
          uploadId = (await client['import.uploadOpen']({})).uploadId;
          await sendFiles(client, uploadId, files, (sent) => set({ upload: { sent, total } }));
          const pending: PendingStart = { kind: 'upload', uploadId, encoding: 'auto' };
          uploadId = null; // from here on the upload belongs to the job (or the mapping dialog)
          await begin(pending, files.map((f) => f.name), false);
        } catch (error) {
          if (uploadId) void client['import.uploadDiscard']({ uploadId }).catch(() => {});
          if (error instanceof Error && error.message === NOTHING_DROPPED && localFailed.length) {
            // Only too-large files: a report with their reasons says more than an error line.
            set({ job: { id: 'local', state: 'done', progress: EMPTY, report: { imported: [], duplicates: [], failed: [] }, error: null } });
          } else set({ error: shownError(error) });
          set({ upload: null });
        } finally {
          set({ starting: false });
        }
      },

      async confirmMapping(columns) {
        const pending = get().pending;
        if (!pending) return;
        set({ starting: true, error: null, mapping: null, pending: null });
        try {
          await launch(pending, columns);
        } catch (error) {
          set({ error: shownError(error) });
        } finally {
          set({ starting: false });
        }
      },

      cancelMapping() {
        const pending = get().pending;
        if (pending?.kind === 'upload') void client['import.uploadDiscard']({ uploadId: pending.uploadId }).catch(() => {});
        set({ mapping: null, pending: null });
      },

      openPaste(text = '') {
        set({ pasteOpen: true, pasteText: text });
      },

      closePaste() {
        set({ pasteOpen: false, pasteText: '' });
      },

      async pastePreview(text) {
        try {
          return await client['import.pastePreview']({ text });
        } catch {
          // Only suggestions: the analyst can type them.
          return null;
        }
      },

      async paste(article) {
        const result = await client['import.paste'](article);
        if (result.id) articlesChanged();
        return result;
      },

      async cancel() {
        const job = get().job;
        if (!job || !isRunning(job)) return;
        set({ cancelling: true });
        try {
          await client['import.cancel']({ jobId: job.id });
          // The next poll sees the job end; the worker stops after the current file.
        } catch (error) {
          set({ cancelling: false, error: shownError(error) });
        }
      },

      reset() {
        stopPolling();
        const pending = get().pending;
        if (pending?.kind === 'upload') void client['import.uploadDiscard']({ uploadId: pending.uploadId }).catch(() => {});
        set({ dialogOpen: false, job: null, starting: false, cancelling: false, error: null, upload: null, localFailed: [], mapping: null, pending: null, pasteOpen: false, pasteText: '' });
      },
    };
  });
}
