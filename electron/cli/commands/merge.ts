import path from 'node:path';
import { probeProject } from '../../core/db/open';
import type { MergeReport } from '../../../shared/contract/exports';
import { mergeProject } from '../../core/merge/merge';
import { isQdpx, withQdpxAsProject } from '../../core/merge/qdpx-import';
import { JSON_OPTION, parseCommandArgs, positionals, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson, printLines } from '../io';
import { withWritableProject } from '../write-lock';
import { cliActor } from './actor';

export const mergeCommand: Command = {
  name: 'merge',
  summary: "merge a colleague's project into this one; prints a report",
  help: `Usage: daftar merge <project.sqlite> <other.sqlite|other.qdpx> [--json]

Merge OTHER into the project. OTHER is checked first (a file that is not a sound Daftar project,
is from a newer Daftar or has anything added to its schema is refused, exit 2, and nothing is
changed) and is never written. Articles meet by id, then by content (so separately imported
copies of one article become one); speakers by id, then name or alias; themes by id, then
name; quotes by id, then by article and position, so merging twice changes nothing.
Where both wrote different notes on the same quote, ours is kept with theirs below it, signed,
and the report lists it.
Before merging, a copy of the project is saved beside it as
  <project.sqlite>.before-merge-<time>.sqlite
To undo the merge, copy that file back over the project (in the app: "Undo merge").
OTHER may also be a REFI-QDA project (.qdpx, from Daftar, ATLAS.ti, MAXQDA, NVivo or
QualCoder): its text sources become articles, codes themes (codes under "المتحدثون" or
"Speakers" become speakers), selections quotes and notes notes, merged the same way; what
could not be taken over is listed under "notImported".
With --json prints {"other", "snapshot", "articles": {"added", "matched"}, "tags": {...},
"highlights": {"added", "matched", "skipped": [...]}, "notes": {"added", "conflicts": [...]}}.
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, JSON_OPTION);
    const [file, other] = positionals(this, given, ['project.sqlite', 'other.sqlite']);
    // Check OTHER (and turn a .qdpx into a temporary project) before opening the project at
    // all: a refused merge leaves it byte-for-byte as it was.
    const mergeFrom = (source: string): MergeReport => {
      probeProject(source);
      return withWritableProject(file!, 'merge', (db) => mergeProject(db, source, cliActor()));
    };
    const report: MergeReport & { notImported?: string[] } = isQdpx(other!)
      ? withQdpxAsProject(other!, cliActor(), (source, notImported) => ({ ...mergeFrom(source), other: path.resolve(other!), notImported }))
      : mergeFrom(other!);
    if (values.json) {
      // The documented shape: skipped quotes give their English reason (the catalogue keys are for the UI).
      const skipped = report.highlights.skipped.map(({ why: _why, ...rest }) => rest);
      printJson(io, { ...report, highlights: { ...report.highlights, skipped } });
      return EXIT.ok;
    }
    const { articles: a, tags: t, highlights: h, notes: n } = report;
    io.stdout(
      [
        `Merged ${report.other}:`,
        `  articles:   ${a.added} added, ${a.matched} already here`,
        `  tags:       ${t.added} added, ${t.matched} already here`,
        `  quotes:     ${h.added} added, ${h.matched} already here${h.skipped.length ? `, ${h.skipped.length} not found in our text` : ''}`,
        `  notes:      ${n.added} added, ${n.conflicts.length} conflict${n.conflicts.length === 1 ? '' : 's'} kept side by side`,
        `Snapshot before the merge: ${report.snapshot}`,
        '',
      ].join('\n'),
    );
    printLines(io.stdout, n.conflicts.map((c) => `  ${c.kind} on «${(c.quote ?? '').slice(0, 60)}»: ours "${c.ours.slice(0, 60)}", theirs (${c.theirAuthor}) "${c.theirs.slice(0, 60)}"`));
    printLines(io.stderr, h.skipped.map((s) => `  skipped quote «${s.quote.slice(0, 60)}»: ${s.reason}`));
    printLines(io.stderr, (report.notImported ?? []).map((s) => `  not imported: ${s}`));
    return EXIT.ok;
  },
};
