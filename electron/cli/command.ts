import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './io';

/** The command line is wrong: printed with the command's usage, exit 1. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to show; none for the top-level usage. */
    readonly command?: Command,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Command {
  name: string;
  /** One line for `daftar --help`. */
  summary: string;
  /** What `daftar <name> --help` prints. */
  help: string;
  /** Runs with the arguments after the command's name; returns the exit code. */
  run(argv: string[], io: CliIo): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Every command takes --json; --help is answered before a command runs (see run.ts). */
export const JSON_OPTION = { json: { type: 'boolean' } } as const;

/** node:util parseArgs, strict, with its errors turned into usage errors for `command`. */
export function parseCommandArgs<O extends Options>(command: Command, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message, command);
  }
}

/**
 * Check the positional arguments against their names (e.g. ['project.sqlite', 'ID']) and
 * return them; `rest` allows any number beyond those (at least one).
 */
export function positionals(command: Command, given: string[], names: string[], rest?: string): string[] {
  const missing = names.slice(given.length);
  if (missing.length) throw new UsageError(`missing ${missing.map((n) => `<${n}>`).join(' ')}`, command);
  if (rest && given.length === names.length) throw new UsageError(`missing <${rest}>`, command);
  if (!rest && given.length > names.length) {
    throw new UsageError(`unexpected argument${given.length - names.length > 1 ? 's' : ''}: ${given.slice(names.length).join(' ')}`, command);
  }
  return given;
}

/** A whole number option such as --limit or --port, or a usage error saying what is wrong. */
export function integerOption(command: Command, name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`, command);
  }
  return n;
}
