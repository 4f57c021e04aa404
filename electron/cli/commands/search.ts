import fs from 'node:fs';
import { DaftarError } from '../../../shared/contract/errors';
import { closeProject, openProjectReadonly } from '../../core/db/open';
import { SearchScope } from '../../../shared/contract/search';
import { cliSearch, cliSearchBatch, parseQueriesFile, type CliSearchOutput } from '../../core/search/cli';
import { integerOption, JSON_OPTION, parseCommandArgs, UsageError, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson, printLines } from '../io';

export const searchCommand: Command = {
  name: 'search',
  summary: 'Arabic-aware search over the articles, quotes or notes (read-only)',
  help: `Usage: daftar search <project.sqlite> <query> [--scope articles|quotes|notes]
                     [--speaker N] [--theme N] [--limit N] [--json]
       daftar search <project.sqlite> --queries-file F [same options]

Search the project's articles (or its quotes, or its notes). الارهاب finds الإرهاب, والإرهاب
and للإرهاب; diacritics, tatweel, hamza forms and Arabic-Indic digits do not matter; Latin
ignores case.
  words            every word must occur          "a phrase"   these words, adjacent
  a OR b           either                         -word        leave out articles with it
  prefix*          words starting so              source:X     source contains X
  date:2018-03     published then (also 2018-01..2018-06, 2018.., ..2018)
  speaker:X        a quote by this speaker (name or any alias; a part of one works too)
  theme:X          a quote coded with this theme or one below it
  --scope S        articles (default); quotes: the highlighted quotes; notes: the notes
  --speaker N      as speaker:, but N must be a speaker's exact name or alias
  --theme N        as theme:, but N must be a theme's exact name
  --limit N        at most N results (default 20)
  --queries-file F run every query in F (a JSON array of strings) in one process
The project is opened read-only.
Speaker and theme filters keep articles that have such a quote, and quotes that are one.
With --json prints [{"articleId", "file", "title", "snippet", "hits"}]; with --scope quotes
each also has "highlightId", "speaker", "themes"; with --scope notes "noteId",
"highlightId", "quote", "speaker", "themes" ("title" is the article's). With
--queries-file [{"query", "elapsedMs", "results"}]; elapsedMs is measured in this process
around the search itself.
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, {
      ...JSON_OPTION,
      limit: { type: 'string' },
      'queries-file': { type: 'string' },
      scope: { type: 'string' },
      speaker: { type: 'string' },
      theme: { type: 'string' },
    });
    const scope = values.scope ?? 'articles';
    if (!isScope(scope)) throw new UsageError(`--scope must be articles, quotes or notes, not "${scope}"`, this);
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
    const options = { limit, scope, speaker: values.speaker, theme: values.theme };
    try {
      if (queries) {
        const batch = cliSearchBatch(db, queries, options);
        if (values.json) printJson(io, batch);
        else {
          for (const entry of batch) {
            io.stdout(`${entry.query}  (${entry.results.length} shown, ${entry.elapsedMs} ms)\n`);
            if (entry.explanation) io.stderr(`daftar: ${entry.query}: ${entry.explanation}\n`);
          }
        }
        return EXIT.ok;
      }
      const out = cliSearch(db, query, options);
      if (out.explanation) io.stderr(`daftar: ${out.explanation}\n`);
      if (values.json) {
        printJson(io, out.results);
        return EXIT.ok;
      }
      printLines(io.stdout, out.results.map(humanLine));
      const noun = { articles: 'article', quotes: 'quote', notes: 'note' }[scope];
      io.stdout(out.results.length === out.total ? `${out.total} ${noun}${out.total === 1 ? '' : 's'} found.\n` : `${out.results.length} of ${out.total} ${noun}s found.\n`);
      return EXIT.ok;
    } finally {
      closeProject(db);
    }
  },
};

const isScope = (value: string): value is SearchScope => SearchScope.safeParse(value).success;

/** One result for a person: what it is, where, and the text around the first hit. */
function humanLine(r: CliSearchOutput['results'][number]): string {
  const hits = `${String(r.hits).padStart(3)} hit${r.hits === 1 ? ' ' : 's'}`;
  const where = `${r.title}${r.file ? `  [${r.file}]` : ''}`;
  if ('noteId' in r) {
    const who = r.speaker ? `  (${r.speaker})` : '';
    return `${r.noteId}  ${hits}  note on ${r.quote ? `a quote${who} in ` : ''}${where}\n    ${r.snippet}`;
  }
  if ('highlightId' in r) {
    const tags = [r.speaker, ...r.themes].filter(Boolean).join(', ');
    return `${r.highlightId}  ${hits}  ${where}${tags ? `  {${tags}}` : ''}\n    ${r.snippet}`;
  }
  return `${r.articleId}  ${hits}  ${where}\n    ${r.snippet}`;
}
