import fs from 'node:fs';
import { DaftarError } from '../../../shared/contract/errors';
import { closeProject, openProjectReadonly } from '../../core/db/open';
import { cliSearch, cliSearchBatch, parseQueriesFile } from '../../core/search/cli';
import { integerOption, JSON_OPTION, parseCommandArgs, UsageError, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson, printLines } from '../io';

export const searchCommand: Command = {
  name: 'search',
  summary: 'Arabic-aware search over the articles (read-only)',
  help: `Usage: daftar search <project.sqlite> <query> [--limit N] [--json]
       daftar search <project.sqlite> --queries-file F [--limit N] [--json]

Search the project's articles. الارهاب finds الإرهاب, والإرهاب and للإرهاب; diacritics,
tatweel, hamza forms and Arabic-Indic digits do not matter; Latin ignores case.
  words            every word must occur          "a phrase"   these words, adjacent
  a OR b           either                         -word        leave out articles with it
  prefix*          words starting so              source:X     source contains X
  date:2018-03     published then (also 2018-01..2018-06, 2018.., ..2018)
  --limit N        at most N results (default 20)
  --queries-file F run every query in F (a JSON array of strings) in one process
The project is opened read-only.
With --json prints [{"articleId", "file", "title", "snippet", "hits"}], or with
--queries-file [{"query", "elapsedMs", "results"}]; elapsedMs is measured in this process
around the search itself.
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, {
      ...JSON_OPTION,
      limit: { type: 'string' },
      'queries-file': { type: 'string' },
    });
    const queriesFile = values['queries-file'];
    if (given.length === 0) throw new UsageError('missing <project.sqlite>', this);
    if (queriesFile === undefined && given.length < 2) throw new UsageError('missing <query> (or --queries-file F)', this);
    if (queriesFile !== undefined && given.length > 1) throw new UsageError('give either <query> or --queries-file, not both', this);
    if (given.length > 2) throw new UsageError(`unexpected arguments: ${given.slice(2).join(' ')} (quote a query of several words)`, this);
    const limit = integerOption(this, 'limit', values.limit, 1, 500) ?? 20;
    const [file, query] = given;

    let queries: string[] | undefined;
    if (queriesFile !== undefined) {
      let json: string;
      try {
        json = fs.readFileSync(queriesFile, 'utf8');
      } catch (error) {
        throw new DaftarError('invalid_input', `${queriesFile} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      queries = parseQueriesFile(queriesFile, json);
    }

    const db = openProjectReadonly(file);
    try {
      if (queries) {
        const batch = cliSearchBatch(db, queries, limit);
        if (values.json) printJson(io, batch);
        else {
          for (const entry of batch) {
            io.stdout(`${entry.query}  (${entry.results.length} shown, ${entry.elapsedMs} ms)\n`);
            if (entry.explanation) io.stderr(`daftar: ${entry.query}: ${entry.explanation}\n`);
          }
        }
        return EXIT.ok;
      }
      const out = cliSearch(db, query, limit);
      if (out.explanation) io.stderr(`daftar: ${out.explanation}\n`);
      if (values.json) {
        printJson(io, out.results);
        return EXIT.ok;
      }
      printLines(
        io.stdout,
        out.results.map((r) => `${r.articleId}  ${String(r.hits).padStart(3)} hit${r.hits === 1 ? ' ' : 's'}  ${r.title}${r.file ? `  [${r.file}]` : ''}\n    ${r.snippet}`),
      );
      io.stdout(out.results.length === out.total ? `${out.total} article${out.total === 1 ? '' : 's'} found.\n` : `${out.results.length} of ${out.total} articles found.\n`);
      return EXIT.ok;
    } finally {
      closeProject(db);
    }
  },
};
