/**
 * The app/project domain: what app.info reports (shell, recent projects, default folder) and
 * the open project. Errors from opening or creating a project are kept in `error` for the
 * error dialog, with the application's message verbatim (it names the file and the problem).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppInfo, ProjectInfo, RecentProject } from '../../../shared/contract/index';
import { ClientError, shownError, type Client, type ShownError } from '../api/client';

export interface ProjectState {
  /** app.info has answered ('ready'), not yet ('loading'), or could not be reached ('failed'). */
  status: 'loading' | 'ready' | 'failed';
  loadError: ShownError | null;
  shell: AppInfo['shell'];
  defaultFolder: string;
  version: string;
  project: ProjectInfo | null;
  recent: RecentProject[];
  /** An open/create/close is under way: buttons wait for it. */
  busy: boolean;
  /** Shown in the error dialog until dismissed. */
  error: ShownError | null;
  /** A project from an older Daftar the analyst tried to open: the upgrade dialog asks what to do. */
  outdated: { path: string; message: string } | null;

  load(): Promise<void>;
  open(path: string): Promise<boolean>;
  create(path: string): Promise<boolean>;
  /** Electron: the native picker, then open/create. False when cancelled or failed. */
  chooseAndOpen(): Promise<boolean>;
  chooseAndCreate(): Promise<boolean>;
  close(): Promise<void>;
  forget(path: string): Promise<void>;
  showError(message: string): void;
  dismissError(): void;
  /** Write an upgraded copy of the older project beside it and open the copy (the original is only read). */
  upgradeCopy(): Promise<boolean>;
  dismissOutdated(): void;
}

export type ProjectStore = StoreApi<ProjectState>;

export function createProjectStore(client: Client): ProjectStore {
  return createStore<ProjectState>()((set, get) => {
    /** Runs one project action, turning a failure into the error dialog. */
    const attempt = async (action: () => Promise<void>): Promise<boolean> => {
      if (get().busy) return false;
      set({ busy: true });
      try {
        await action();
        return true;
      } catch (error) {
        set({ error: shownError(error) });
        return false;
      } finally {
        set({ busy: false });
      }
    };

    const openOrCreate = async (method: 'project.open' | 'project.create', path: string) => {
      let outdated: string | null = null;
      const opened = await attempt(async () => {
        try {
          set({ project: await client[method]({ path }) });
        } catch (error) {
          // Never changed without consent: ask instead of showing an error.
          if (!(error instanceof ClientError && error.code === 'project_outdated')) throw error;
          outdated = error.message;
        }
      });
      if (outdated !== null) set({ outdated: { path, message: outdated } });
      return opened && outdated === null;
    };

    return {
      status: 'loading',
      loadError: null,
      shell: 'web',
      defaultFolder: '',
      version: '',
      project: null,
      recent: [],
      busy: false,
      error: null,
      outdated: null,

      async load() {
        try {
          const info = await client['app.info']({});
          set({
            status: 'ready',
            loadError: null,
            shell: info.shell,
            defaultFolder: info.defaultFolder,
            version: info.version,
            project: info.project,
            recent: info.recent,
          });
        } catch (error) {
          set({ status: 'failed', loadError: shownError(error) });
        }
      },

      open: (path) => openOrCreate('project.open', path),
      create: (path) => openOrCreate('project.create', path),

      async chooseAndOpen() {
        let chosen: string | null = null;
        const picked = await attempt(async () => {
          chosen = (await client['dialog.chooseProjectToOpen']({})).path;
        });
        return picked && chosen !== null && get().open(chosen);
      },

      async chooseAndCreate() {
        let chosen: string | null = null;
        const picked = await attempt(async () => {
          chosen = (await client['dialog.chooseProjectToCreate']({})).path;
        });
        return picked && chosen !== null && get().create(chosen);
      },

      async close() {
        const closed = await attempt(async () => {
          await client['project.close']({});
          set({ project: null });
        });
        // The recent list changed when the project was opened; show it fresh on the start screen.
        if (closed) await get().load();
      },

      async forget(path) {
        await attempt(async () => {
          set({ recent: await client['project.forgetRecent']({ path }) });
        });
      },

      async upgradeCopy() {
        const outdated = get().outdated;
        if (!outdated) return false;
        const done = await attempt(async () => {
          set({ project: await client['project.upgradeCopy']({ path: outdated.path }) });
        });
        set({ outdated: null });
        return done;
      },
      dismissOutdated: () => set({ outdated: null }),

      showError: (message) => set({ error: { message } }),
      dismissError: () => set({ error: null }),
    };
  });
}
