/**
 * Quitting closes the project first, so the .sqlite file is left whole: running imports,
 * exports and merges are stopped (a merge rolled back), the WAL is checkpointed and no
 * -wal/-shm files stay beside it. Electron's 'before-quit' cannot wait for a promise, so the
 * first quit is held back, the project is closed, and the quit is asked for again.
 */
export interface QuitGuardOptions {
  close: () => Promise<unknown>;
  /** Asks the app to quit again (app.quit()). */
  quit: () => void;
  onError?: (error: unknown) => void;
  /** After this long the app quits anyway: a hung close must not keep a zombie window. */
  timeoutMs?: number;
}

export function createQuitGuard(options: QuitGuardOptions): (event: { preventDefault(): void }) => void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  const timeoutMs = options.timeoutMs ?? 10_000;
  return (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return; // a second Quit while closing waits for the first
    state = 'closing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        options.onError?.(new Error(`Closing the project took longer than ${timeoutMs} ms; quitting anyway.`));
        resolve();
      }, timeoutMs);
    });
    Promise.race([options.close().catch((error) => options.onError?.(error)), timeout]).finally(() => {
      clearTimeout(timer);
      state = 'closed';
      options.quit();
    });
  };
}
