/**
 * The `daftar` command: `run` parses the command line, runs one command and returns its exit
 * code. It never calls process.exit and writes only through `io`, so tests run every command
 * in-process; daftar.ts is the thin entry point that wires it to the real process.
 */
import { DaftarError } from '../../shared/contract/errors';
import { APP_VERSION } from '../core/version';
import { UsageError, type Command } from './command';
import { COMMANDS } from './commands/index';
import { EXIT } from './exit-codes';
import type { CliIo } from './io';
import { mainUsage } from './usage';

export type { CliIo } from './io';

export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(mainUsage(COMMANDS));
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : COMMANDS.find((c) => c.name === topic);
    if (topic !== undefined && !command) return usageError(io, new UsageError(`unknown command "${topic}"`));
    io.stdout(command ? command.help : mainUsage(COMMANDS));
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`daftar ${APP_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const what = name.startsWith('-') ? `unknown option "${name}" (options go after the command)` : `unknown command "${name}"`;
    return usageError(io, new UsageError(what));
  }
  if (wantsHelp(rest)) {
    io.stdout(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    return reportError(io, error);
  }
}

/** --help anywhere before a `--` terminator asks for the command's usage instead of running it. */
function wantsHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

function usageError(io: CliIo, error: UsageError): number {
  io.stderr(`daftar: ${error.message}\n\n${error.command ? error.command.help : mainUsage(COMMANDS)}`);
  return EXIT.usage;
}

function reportError(io: CliIo, error: unknown): number {
  if (error instanceof UsageError) return usageError(io, error);
  if (error instanceof DaftarError) {
    io.stderr(`daftar: ${error.message}\n`);
    return error.code === 'invalid_request' ? EXIT.usage : EXIT.invalid;
  }
  // A bug, not the analyst's mistake: say so plainly; the stack only for whoever debugs it.
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`daftar: internal error: ${message}\n`);
  if (process.env.DAFTAR_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  else io.stderr('daftar: set DAFTAR_DEBUG=1 to see where it happened.\n');
  return EXIT.invalid;
}

export type { Command };
