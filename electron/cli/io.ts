/**
 * Where a command writes. The real process streams in daftar.ts; strings collected in tests,
 * so every command runs in-process and its output and exit code can be checked directly.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Progress lines are drawn only on a terminal, never into a log file or a pipe. */
  stderrIsTTY?: boolean;
  /**
   * Resolves (with the signal's name) when the process is asked to stop; `serve` runs until
   * then. Defaults to SIGINT/SIGTERM of this process.
   */
  untilStopped?: () => Promise<string>;
}

/** Machine-readable output: one JSON document on stdout. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLines(write: (text: string) => void, lines: string[]): void {
  if (lines.length) write(`${lines.join('\n')}\n`);
}

/** Wait for SIGINT or SIGTERM once; a second Ctrl-C then gets Node's default (exit now). */
export function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
