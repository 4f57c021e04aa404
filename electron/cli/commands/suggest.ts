import type { SuggestionRow } from '../../../shared/contract/suggest';
import { findTagByName, listTags } from '../../core/annotations/tags';
import { getArticle, listArticles } from '../../core/articles/articles';
import { closeProject, openProjectReadonly } from '../../core/db/open';
import type { AnyDb, WritableDb } from '../../core/db/handles';
import { recordOperation } from '../../core/history/operations';
import { hasTable } from '../../core/db/schema';
import { acceptSuggestion } from '../../core/suggest/accept';
import { speakerIndex } from '../../core/suggest/resolve';
import { suggestionsFor } from '../../core/suggest/suggest';
import { checkThenWrite } from '../check-then-write';
import { JSON_OPTION, parseCommandArgs, positionals, UsageError, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson, printLines } from '../io';
import { cliActor } from './actor';

/** One line of `daftar suggest --json`: the DESIGN.md fields first, then the resolution details. */
function row(s: SuggestionRow, file: string | null, withRejected = false) {
  const out = {
    articleId: s.articleId,
    file,
    start: s.start,
    end: s.end,
    text: s.text,
    speaker: s.speaker.name,
    cue: s.cue,
    speakerId: s.speaker.speakerId,
    role: s.speaker.role,
    organisation: s.speaker.organisation,
    kind: s.speaker.kind,
    confidence: s.confidence,
    overlapsExisting: s.overlapsExisting,
  };
  return withRejected ? { ...out, rejected: s.rejected } : out;
}

/** Every suggestion of the chosen articles (one, or all in import order). */
function collect(db: AnyDb, articleId: string | undefined, includeRejected = false) {
  const ids = articleId ? [articleId] : listArticles(db, { limit: 1_000_000_000 }).items.map((a) => a.id);
  const index = speakerIndex(listTags(db));
  const out: { suggestion: SuggestionRow; file: string | null }[] = [];
  for (const id of ids) {
    const file = getArticle(db, id).file;
    for (const suggestion of suggestionsFor(db, id, index, { includeRejected })) out.push({ suggestion, file });
  }
  return out;
}

export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'suggest quotes and their speakers (who said what); --accept marks them',
  help: `Usage: daftar suggest <project.sqlite> [<article-id>] [--accept | --include-rejected] [--json]

Find reported statements (قال … إن، «…»، مشيرا إلى أن، بحسب …) and their speakers in one
article, or in every article, and match each speaker with the project's speakers (by name or
alias, tolerant of spelling variants). Without --accept the project is opened read-only.
With --json prints [{"articleId", "file", "start", "end", "text", "speaker", "cue", "speakerId",
"role", "organisation", "kind", "confidence", "overlapsExisting"}]: start/end are Unicode code
points into the article text (end exclusive); speakerId is null for a speaker not in the project.
Suggestions the analyst rejected in the app are left out.
  --include-rejected  list them too, each row with "rejected": true or false.
  --accept   turn the suggestions into highlights with their speakers, creating the speakers
             that are new; suggestions that overlap an existing highlight are skipped (the
             analyst's own highlights are never changed), and so are rejected ones.
             Prints how many were accepted. The run is one step in the app's undo history.
An invalid project, or an article id that is not in it, exits 2.
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, {
      ...JSON_OPTION,
      accept: { type: 'boolean' },
      'include-rejected': { type: 'boolean' },
    });
    if (values.accept && values['include-rejected']) throw new UsageError('--include-rejected lists; it does not go with --accept', this);
    const withRejected = Boolean(values['include-rejected']);
    const [file, articleId] = positionals(this, given, given.length <= 1 ? ['project.sqlite'] : ['project.sqlite', 'article-id']);
    if (!values.accept) {
      const db = openProjectReadonly(file);
      try {
        // Opened read-only, a project from an older Daftar is not migrated: without highlights, nothing overlaps.
        const rows = hasTable(db, 'highlights') && hasTable(db, 'tags') ? collect(db, articleId, withRejected).map((r) => row(r.suggestion, r.file, withRejected)) : [];
        if (values.json) {
          printJson(io, rows);
          return EXIT.ok;
        }
        printLines(
          io.stdout,
          rows.map((r) => `${r.articleId}  ${r.start}–${r.end}  ${r.speaker}${r.speakerId ? '' : ' (new)'}${'rejected' in r && r.rejected ? ' [rejected]' : ''}  ${r.cue}: ${r.text.length > 100 ? `${r.text.slice(0, 100)}…` : r.text}`),
        );
        io.stdout(`${rows.length} suggestion${rows.length === 1 ? '' : 's'}.\n`);
        return EXIT.ok;
      } finally {
        closeProject(db);
      }
    }
    // Checked read-only first: an unknown article id or a bad file leaves the project untouched.
    const result = checkThenWrite(
      file,
      (ro) => {
        if (articleId) getArticle(ro, articleId);
      },
      (db) => acceptAll(db, articleId, cliActor()),
      'suggest',
    );
    if (values.json) printJson(io, result);
    else
      io.stdout(
        `Accepted ${result.accepted} suggestion${result.accepted === 1 ? '' : 's'} as highlights (${result.speakersCreated} new speaker${result.speakersCreated === 1 ? '' : 's'}); skipped ${result.skipped} that overlap existing highlights.\n`,
      );
    return EXIT.ok;
  },
};

/** Accept every suggestion of the chosen articles that no highlight covers, as one operation. */
function acceptAll(db: WritableDb, articleId: string | undefined, actor: string) {
  return recordOperation(db, 'accept suggestions', actor, () => {
    const found = collect(db, articleId);
    const accepted: ReturnType<typeof row>[] = [];
    let skipped = 0;
    let speakersCreated = 0;
    for (const { suggestion: s, file: name } of found) {
      if (s.overlapsExisting) {
        skipped++;
        continue;
      }
      // A speaker created for an earlier suggestion of this run is found here by name.
      const existing = s.speaker.speakerId ?? findTagByName(db, 'speaker', s.speaker.name)?.id;
      const highlight = acceptSuggestion(
        db,
        existing
          ? { articleId: s.articleId, start: s.start, end: s.end, speakerId: existing }
          : { articleId: s.articleId, start: s.start, end: s.end, newSpeaker: { name: s.speaker.name, role: s.speaker.role, organisation: s.speaker.organisation } },
        actor,
      );
      if (!existing) speakersCreated++;
      accepted.push({ ...row(s, name), speakerId: highlight.speakerId });
    }
    return { accepted: accepted.length, skipped, speakersCreated, highlights: accepted };
  });
}
