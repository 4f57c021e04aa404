/**
 * The import domain: the import dialog, the running job and its final report.
 *
 * The job runs in the application (a worker thread); here we only start it, poll
 * import.status every ~250 ms for progress, ask for a library refresh about once a second
 * while articles arrive (and once at the end), and cancel on request.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Encoding, ImportJob } from '../../../shared/contract/index';
import { errorMessage, type Client } from '../api/client';

export interface ImportState {
  dialogOpen: boolean;
  job: ImportJob | null;
  starting: boolean;
  cancelling: boolean;
  /** Why the import could not start or its progress could not be read. */
  error: string | null;

  openDialog(): void;
  /** Closes the dialog; ignored while a job runs (it must be cancelled first). */
  closeDialog(): void;
  /** Electron's native picker; returns the chosen paths (empty when cancelled). */
  choose(folders: boolean): Promise<string[]>;
  start(paths: string[], encoding: Encoding): Promise<void>;
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
          if (token === pollToken) set({ error: errorMessage(error) });
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

    return {
      dialogOpen: false,
      job: null,
      starting: false,
      cancelling: false,
      error: null,

      openDialog() {
        // A finished job's report is replaced by a fresh form; a running one stays on show.
        if (isRunning(get().job)) set({ dialogOpen: true });
        else set({ dialogOpen: true, job: null, error: null });
      },

      closeDialog() {
        if (isRunning(get().job) || get().starting) return;
        set({ dialogOpen: false });
      },

      async choose(folders) {
        try {
          return (await client['dialog.chooseImportPaths']({ folders })).paths;
        } catch (error) {
          set({ error: errorMessage(error) });
          return [];
        }
      },

      async start(paths, encoding) {
        if (get().starting || isRunning(get().job)) return;
        stopPolling();
        set({ starting: true, error: null, job: null });
        try {
          const { jobId } = await client['import.start']({ paths, encoding });
          set({ job: await client['import.status']({ jobId }) });
          if (isRunning(get().job)) poll(jobId);
          else articlesChanged();
        } catch (error) {
          set({ error: errorMessage(error) });
        } finally {
          set({ starting: false });
        }
      },

      async cancel() {
        const job = get().job;
        if (!job || !isRunning(job)) return;
        set({ cancelling: true });
        try {
          await client['import.cancel']({ jobId: job.id });
          // The next poll sees the job end; the worker stops after the current file.
        } catch (error) {
          set({ cancelling: false, error: errorMessage(error) });
        }
      },

      reset() {
        stopPolling();
        set({ dialogOpen: false, job: null, starting: false, cancelling: false, error: null });
      },
    };
  });
}
