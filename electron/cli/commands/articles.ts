import { listArticles } from '../../core/articles/articles';
import { closeProject, openProjectReadonly } from '../../core/db/open';
import { integerOption, JSON_OPTION, parseCommandArgs, positionals, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson, printLines } from '../io';

export const articlesCommand: Command = {
  name: 'articles',
  summary: 'list the articles in a project (read-only)',
  help: `Usage: daftar articles <project.sqlite> [--limit N] [--json]

List the project's articles in the order they were imported. The project is opened read-only.
  --limit N   at most N articles
With --json prints [{"id", "file", "title", "source", "published", "chars"}]; chars counts
Unicode code points, the unit of every offset in Daftar.
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, { ...JSON_OPTION, limit: { type: 'string' } });
    const [file] = positionals(this, given, ['project.sqlite']);
    const limit = integerOption(this, 'limit', values.limit, 1, 1_000_000_000);
    const db = openProjectReadonly(file);
    try {
      const { total, items } = listArticles(db, { limit });
      const rows = items.map(({ id, file: name, title, source, published, chars }) => ({ id, file: name, title, source, published, chars }));
      if (values.json) {
        printJson(io, rows);
        return EXIT.ok;
      }
      printLines(
        io.stdout,
        rows.map((a) => `${a.id}  ${String(a.chars).padStart(7)}  ${a.title}${a.file ? `  [${a.file}]` : ''}`),
      );
      io.stdout(rows.length === total ? `${total} article${total === 1 ? '' : 's'}.\n` : `${rows.length} of ${total} articles.\n`);
      return EXIT.ok;
    } finally {
      closeProject(db);
    }
  },
};
