/** The `daftar` command's exit codes (DESIGN.md): a stable contract that scripts rely on. */
export const EXIT = {
  ok: 0,
  /** The command line was wrong: unknown command or option, missing or extra arguments. */
  usage: 1,
  /** The project file or an input is invalid, corrupt, untrusted or from a newer version; nothing was changed. */
  invalid: 2,
  /** Some inputs failed; the rest was done and reported. */
  partial: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
