/**
 * The app/project domain: what app.info reports (shell, recent projects, default folder) and
 * the open project. Errors from opening or creating a project are kept in `error` for the
 * error dialog, with the application's message verbatim (it names the file and the problem).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppInfo, ProjectInfo, RecentProject } from '../../../shared/contract/index';
import { errorMessage, type Client } from '../api/client';

export interface ProjectState {
  /** app.info has answered ('ready'), not yet ('loading'), or could not be reached ('failed'). */
  status: 'loading' | 'ready' | 'failed';
  loadError: string | null;
  shell: AppInfo['shell'];
  defaultFolder: string;
  version: string;
  project: ProjectInfo | null;
  recent: RecentProject[];
  /** An open/create/close is under way: buttons wait for it. */
  busy: boolean;
  /** Shown in the error dialog until dismissed. */
  error: string | null;

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
        set({ error: errorMessage(error) });
        return false;
      } finally {
        set({ busy: false });
      }
    };

    const openOrCreate = (method: 'project.open' | 'project.create', path: string) =>
      attempt(async () => {
        const project = await client[method]({ path });
        set({ project });
      });

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
          set({ status: 'failed', loadError: errorMessage(error) });
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

      showError: (message) => set({ error: message }),
      dismissError: () => set({ error: null }),
    };
  });
}
