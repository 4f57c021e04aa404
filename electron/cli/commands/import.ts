import fs from 'node:fs';
import path from 'node:path';
import { DaftarError } from '../../../shared/contract/errors';
import { Encoding, type ImportProgress } from '../../../shared/contract/imports';
import { closeProject, openProject } from '../../core/db/open';
import { withProjectLockAsync } from '../write-lock';
import { FIELDS, isField, type ColumnOverrides } from '../../core/import/formats/columns';
import { importPaths } from '../../core/import/import-files';
import { prepareWorkerBeside } from '../../core/import/prepare-pool';
import { JSON_OPTION, parseCommandArgs, positionals, UsageError, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson, printLines, type CliIo } from '../io';

export const importCommand: Command = {
  name: 'import',
  summary: 'import article files or folders (recursively) into a project',
  help: `Usage: daftar import <project.sqlite> <file-or-folder>... [--encoding auto|utf-8|windows-1256] [--column FIELD=NAME]... [--json]

Import articles into an existing project. Folders are searched recursively. A file whose
normalised text is already in the project is reported as a duplicate and not imported again.
A bad file never stops the rest: it is reported with the reason.
  --encoding E   how to read the files: auto (UTF-8 or UTF-16 with a BOM; the default),
                 utf-8, or windows-1256 (older Arabic files)
  --column F=N   collections (.csv, .jsonl): take field F from the column (or key) named N,
                 over the names Daftar recognises; F=  (nothing after =) fills F from no
                 column. Fields: ${FIELDS.join(', ')}. The app's column dialog does the same.
With --json prints {"imported": [{"id", "file", "title"}], "duplicates": [{"file",
"duplicateOf"}], "failed": [{"file", "error"}]}.
Exits 0 when nothing failed, 3 when some inputs failed and the rest was imported, 2 when
every input failed (or the project is not a valid Daftar project).
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, {
      ...JSON_OPTION,
      encoding: { type: 'string' },
      column: { type: 'string', multiple: true },
    });
    const [file, ...inputs] = positionals(this, given, ['project.sqlite'], 'file-or-folder');
    const encoding = Encoding.safeParse(values.encoding ?? 'auto');
    if (!encoding.success) {
      throw new UsageError(`--encoding must be one of ${Encoding.options.join(', ')}, not "${values.encoding}"`, this);
    }
    const columns = parseColumns(this, values.column ?? []);
    if (!fs.existsSync(file)) {
      throw new DaftarError('invalid_input', `${file}: no such project file; create it first with \`daftar new ${file}\`.`);
    }
    const progress = values.json || !io.stderrIsTTY ? undefined : progressLine(io);
    // In-process, not on a worker: a command line has no UI thread to keep responsive. Large
    // imports still prepare articles on worker threads (prepare-pool.ts), beside the bundle.
    const report = await withProjectLockAsync(file, 'import', async () => {
      const db = openProject(file);
      try {
        return await importPaths(db, inputs, {
          encoding: encoding.data,
          columns,
          onProgress: progress?.update,
          prepareWorker: prepareWorkerBeside(__dirname),
        });
      } finally {
        progress?.clear();
        closeProject(db);
      }
    });
    const { imported, duplicates, failed } = report;
    const done = imported.length + duplicates.length;
    const code = failed.length === 0 ? EXIT.ok : done > 0 ? EXIT.partial : EXIT.invalid;
    if (values.json) {
      // The documented shape: the English reason only (the catalogue keys are for the UI).
      printJson(io, { imported, duplicates, failed: failed.map(({ file, error }) => ({ file, error })) });
      return code;
    }
    const counts = [`${duplicates.length} duplicate${duplicates.length === 1 ? '' : 's'}`, `${failed.length} failed`];
    io.stdout(`Imported ${imported.length} article${imported.length === 1 ? '' : 's'} into ${path.basename(file)} (${counts.join(', ')}).\n`);
    printLines(io.stdout, duplicates.map((d) => `${d.file}: already in the project (article ${d.duplicateOf}), not imported again`));
    printLines(io.stderr, failed.map((f) => `${f.file}: ${f.error}`));
    return code;
  },
};

/** --column body=text --column title=headline → { body: 'text', title: 'headline' }. */
function parseColumns(command: Command, given: string[]): ColumnOverrides {
  const columns: ColumnOverrides = {};
  for (const pair of given) {
    const eq = pair.indexOf('=');
    const field = pair.slice(0, Math.max(0, eq)).trim();
    const name = pair.slice(eq + 1).trim();
    if (eq < 0) throw new UsageError(`--column must be FIELD=NAME (e.g. body=text), not "${pair}"`, command);
    if (!isField(field)) throw new UsageError(`--column: unknown field "${field}"; fields are ${FIELDS.join(', ')}`, command);
    if (columns[field] !== undefined) throw new UsageError(`--column: ${field} is given twice`, command);
    if (!name && field === 'body') throw new UsageError('--column: body= cannot be empty: an article needs its text', command);
    // FIELD= with no name: ignore that field (do not take it from a column Daftar recognises).
    columns[field] = name || null;
  }
  return columns;
}

/** One self-overwriting progress line on a terminal, redrawn at most ten times a second. */
function progressLine(io: CliIo): { update: (p: ImportProgress) => void; clear: () => void } {
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 100 && p.done !== p.total) return;
      last = now;
      drawn = true;
      const eta = p.etaSeconds === null ? '' : `, about ${Math.ceil(p.etaSeconds)} s left`;
      // A collection is one file of many rows: count those while it is read.
      const c = p.collection;
      const where = c
        ? `${path.basename(c.file)}: ${c.rows} rows${c.bytesTotal > 0 ? ` (${Math.floor((100 * c.bytesDone) / c.bytesTotal)}%)` : ''}, file ${p.done + 1}/${p.total}`
        : `${p.done}/${p.total} files`;
      io.stderr(`\r\x1b[KImporting: ${where} (${p.imported} imported, ${p.duplicates} duplicates, ${p.failed} failed${eta})`);
    },
    clear() {
      if (drawn) io.stderr('\r\x1b[K');
    },
  };
}
