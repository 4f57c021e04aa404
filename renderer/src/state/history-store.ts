/**
 * Undo/redo over the project's operation log (history.state/undo/redo). The log lives in the
 * project file, so it covers every annotation and tag change of the session, whoever made it
 * in this window. `onChanged` runs after an undo or redo with what the step changed (as the
 * core read it from the log: kinds and article ids), so the wiring reloads only that.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HistoryChanges, Response } from '../../../shared/contract/index';
import { shownError, type Client, type ShownError } from '../api/client';

type Entry = NonNullable<Response<'history.state'>['undo']>;

export interface HistoryState {
  undo: Entry | null;
  redo: Entry | null;
  busy: boolean;
  error: ShownError | null;
  refresh(): Promise<void>;
  undoLast(): Promise<void>;
  redoLast(): Promise<void>;
  reset(): void;
  clearError(): void;
}

export type HistoryStore = StoreApi<HistoryState>;

export function createHistoryStore(client: Client, onChanged: (changed: HistoryChanges) => void = () => {}): HistoryStore {
  return createStore<HistoryState>()((set, get) => {
    const step = async (method: 'history.undo' | 'history.redo') => {
      // Ctrl+Z held down: one step at a time, so each lands on the state it was meant for.
      if (get().busy) return;
      set({ busy: true });
      try {
        const { changed, ...state } = await client[method]({});
        set({ ...state, busy: false, error: null });
        if (changed) onChanged(changed);
      } catch (error) {
        set({ busy: false, error: shownError(error) });
      }
    };
    return {
      undo: null,
      redo: null,
      busy: false,
      error: null,
      async refresh() {
        try {
          const state = await client['history.state']({});
          set({ ...state });
        } catch (error) {
          set({ error: shownError(error) });
        }
      },
      undoLast: () => step('history.undo'),
      redoLast: () => step('history.redo'),
      reset() {
        set({ undo: null, redo: null, busy: false, error: null });
      },
      clearError() {
        set({ error: null });
      },
    };
  });
}
