import { highlightsForArticle } from '../../core/annotations/highlights';
import { getArticle } from '../../core/articles/articles';
import { closeProject, openProjectReadonly } from '../../core/db/open';
import { hasTable } from '../../core/db/schema';
import { JSON_OPTION, parseCommandArgs, positionals, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson } from '../io';

export const showCommand: Command = {
  name: 'show',
  summary: 'print one article: metadata, text and paragraphs (read-only)',
  help: `Usage: daftar show <project.sqlite> <article-id> [--json]

Print one article: its metadata, then its text. The project is opened read-only.
With --json prints the metadata, "text", "paragraphs" ([{"start", "end"}] in Unicode code
points into the text, end exclusive) and "highlights" (the quotes marked in it, with their
offsets, exact text, speaker, themes and note).
An id that is not in the project exits 2.
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, JSON_OPTION);
    const [file, id] = positionals(this, given, ['project.sqlite', 'article-id']);
    const db = openProjectReadonly(file);
    try {
      const { paragraphs, ...article } = getArticle(db, id);
      // Opened read-only, a project from an older Daftar is not migrated: it may have no highlights yet.
      const highlights = hasTable(db, 'highlights') ? highlightsForArticle(db, id) : [];
      if (values.json) {
        printJson(io, { ...article, paragraphs: paragraphs.map(({ start, end }) => ({ start, end })), highlights });
        return EXIT.ok;
      }
      const meta: [string, string | number | null][] = [
        ['id', article.id],
        ['file', article.file],
        ['source', article.source],
        ['author', article.author],
        ['published', article.published],
        ['url', article.url],
        ['encoding', article.encoding],
        ['imported', article.importedAt],
        ['chars', article.chars],
        ['paragraphs', paragraphs.length],
        ['highlights', highlights.length],
      ];
      const lines = meta.filter(([, v]) => v !== null && v !== '').map(([k, v]) => `${`${k}:`.padEnd(12)}${v}`);
      io.stdout(`${article.title}\n${lines.join('\n')}\n\n${article.text.replace(/\n*$/, '\n')}`);
      return EXIT.ok;
    } finally {
      closeProject(db);
    }
  },
};
