import path from 'node:path';
import { checkProject } from '../../core/check/check-project';
import { JSON_OPTION, parseCommandArgs, positionals, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson } from '../io';

export const checkCommand: Command = {
  name: 'check',
  summary: 'check a project file thoroughly (read-only)',
  help: `Usage: daftar check <project.sqlite> [--json]

Check a project without changing it: that it is a Daftar project from this or an older
version with Daftar's schema and nothing added (no unknown triggers or views), SQLite's full
integrity and foreign-key checks, and that every article's length and hash match its text.
With --json prints {"ok", "schemaVersion", "articles", "highlights", "problems": [...]}.
Exits 0 when the project is sound, 2 when there are problems.
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, JSON_OPTION);
    const [file] = positionals(this, given, ['project.sqlite']);
    const report = checkProject(path.resolve(file));
    if (values.json) printJson(io, report);
    else if (report.ok) {
      io.stdout(
        `${report.file}: ok (Daftar project, schema v${report.schemaVersion}, ${report.articles} articles, ${report.highlights} highlights).\n`,
      );
    } else {
      const n = report.problems.length;
      io.stdout(`${report.file}: ${n} problem${n === 1 ? '' : 's'} found:\n${report.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    }
    return report.ok ? EXIT.ok : EXIT.invalid;
  },
};
