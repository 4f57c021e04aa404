import type { Command } from './command';

/** `daftar --help`: the commands and the contract every command keeps. */
export function mainUsage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: daftar <command> <project.sqlite> [arguments] [--json]',
    '',
    'Daftar (دفتر): a research notebook for analysts who read Arabic news.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --json       print machine-readable JSON on stdout (messages stay on stderr)',
    '  -h, --help   show the usage of daftar or of one command',
    '  --version    print the version of daftar',
    '',
    EXIT_CODES_HELP,
    '',
    'Run `daftar <command> --help` for the arguments of a command.',
    '',
  ].join('\n');
}

export const EXIT_CODES_HELP = [
  'Exit codes: 0 ok; 1 usage error; 2 the project file or an input is invalid, corrupt,',
  'untrusted or from a newer version (nothing was changed); 3 partial success (some inputs',
  'failed, the rest was done and reported).',
].join('\n');
