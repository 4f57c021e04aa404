import { checkNewHighlight, createHighlight, locateQuote } from '../../core/annotations/highlights';
import { requireTagByName } from '../../core/annotations/tags';
import { checkThenWrite } from '../check-then-write';
import { integerOption, JSON_OPTION, parseCommandArgs, positionals, UsageError, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson } from '../io';
import { cliActor } from './actor';

export const annotateCommand: Command = {
  name: 'annotate',
  summary: 'mark a quote in an article, with its speaker, themes and note',
  help: `Usage: daftar annotate <project.sqlite> <article-id> (--quote TEXT [--occurrence K] | --start S --end E)
                       [--speaker N] [--theme N]... [--note T] [--json]

Create a highlight in an article, found by its exact text (--quote; --occurrence picks the
K-th match, default 1) or by code-point offsets (--start, --end; end exclusive).
--speaker and --theme name existing tags (by name or any alias; see \`daftar tag\`).
A quote that is not in the article, an unknown speaker or theme, or offsets outside the text
exit 2 with a message, and nothing is written. With --json prints the new highlight.
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, {
      ...JSON_OPTION,
      quote: { type: 'string' },
      occurrence: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      speaker: { type: 'string' },
      theme: { type: 'string', multiple: true },
      note: { type: 'string' },
    });
    const [file, articleId] = positionals(this, given, ['project.sqlite', 'article-id']);
    const byQuote = values.quote !== undefined;
    const byOffsets = values.start !== undefined || values.end !== undefined;
    if (byQuote === byOffsets) throw new UsageError('give either --quote, or --start and --end', this);
    if (byOffsets && (values.start === undefined || values.end === undefined)) throw new UsageError('--start and --end go together', this);
    if (!byQuote && values.occurrence !== undefined) throw new UsageError('--occurrence goes with --quote', this);
    const occurrence = integerOption(this, 'occurrence', values.occurrence, 1, 1_000_000) ?? 1;
    const start = integerOption(this, 'start', values.start, 0, Number.MAX_SAFE_INTEGER);
    const end = integerOption(this, 'end', values.end, 0, Number.MAX_SAFE_INTEGER);
    const highlight = checkThenWrite(
      file,
      (db) => {
        const range = byQuote ? locateQuote(db, articleId, values.quote!, occurrence) : { start: start!, end: end! };
        const speakerId = values.speaker === undefined ? null : requireTagByName(db, 'speaker', values.speaker).id;
        const themeIds = (values.theme ?? []).map((t) => requireTagByName(db, 'theme', t).id);
        const input = { articleId, ...range, speakerId, themeIds, note: values.note ?? null };
        checkNewHighlight(db, input);
        return input;
      },
      (db, input) => createHighlight(db, input, cliActor()),
      'annotate',
    );
    if (values.json) printJson(io, highlight);
    else io.stdout(`Marked ${highlight.start}–${highlight.end}: «${highlight.exact}» (${highlight.id}).\n`);
    return EXIT.ok;
  },
};
