import path from 'node:path';
import { closeProject, createProject, SCHEMA_VERSION } from '../../core/db/open';
import { JSON_OPTION, parseCommandArgs, positionals, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson } from '../io';

export const newCommand: Command = {
  name: 'new',
  summary: 'create an empty project (never overwrites a file)',
  help: `Usage: daftar new <project.sqlite> [--json]

Create an empty Daftar project at the given path. An existing file is never overwritten
(exit 2). With --json prints {"path", "schemaVersion"}.
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, JSON_OPTION);
    const [file] = positionals(this, given, ['project.sqlite']);
    const target = path.resolve(file);
    closeProject(createProject(target));
    if (values.json) printJson(io, { path: target, schemaVersion: SCHEMA_VERSION });
    else io.stdout(`Created ${target} (an empty Daftar project, schema v${SCHEMA_VERSION}).\n`);
    return EXIT.ok;
  },
};
