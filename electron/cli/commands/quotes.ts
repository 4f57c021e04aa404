import { listQuotes } from '../../core/annotations/highlights';
import { closeProject, openProjectReadonly } from '../../core/db/open';
import { hasTable } from '../../core/db/schema';
import { integerOption, JSON_OPTION, parseCommandArgs, positionals, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson } from '../io';

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'list highlights with their speaker, themes and note (read-only)',
  help: `Usage: daftar quotes <project.sqlite> [--speaker N] [--theme N] [--article ID] [--limit N] [--json]

List the highlights (quotes) in reading order within each article.
  --speaker N   only quotes of this speaker (by name or any alias)
  --theme N     only quotes coded with this theme or any theme below it
  --article ID  only quotes in this article
With --json prints [{"id", "articleId", "articleTitle", "start", "end", "exact", "prefix",
"suffix", "speaker", "themes", "note", "anchor", ...}]. An unknown speaker or theme exits 2.
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, {
      ...JSON_OPTION,
      speaker: { type: 'string' },
      theme: { type: 'string' },
      article: { type: 'string' },
      limit: { type: 'string' },
    });
    const [file] = positionals(this, given, ['project.sqlite']);
    const limit = integerOption(this, 'limit', values.limit, 1, 100_000);
    const db = openProjectReadonly(file);
    try {
      const quotes = hasTable(db, 'highlights')
        ? listQuotes(db, { speaker: values.speaker, theme: values.theme, articleId: values.article, limit })
        : [];
      if (values.json) {
        printJson(io, quotes);
        return EXIT.ok;
      }
      if (!quotes.length) io.stdout('No quotes.\n');
      for (const q of quotes) {
        const who = q.speaker ? `${q.speaker}: ` : '';
        const themes = q.themes.length ? `  [${q.themes.join(', ')}]` : '';
        const warn = q.anchor === 'ok' ? '' : `  (! quote does not match the text at ${q.start}–${q.end})`;
        io.stdout(`${q.articleTitle} @${q.start}–${q.end}\n  ${who}«${q.exact}»${themes}${warn}\n${q.note ? `  note: ${q.note}\n` : ''}`);
      }
      return EXIT.ok;
    } finally {
      closeProject(db);
    }
  },
};
