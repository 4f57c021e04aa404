import path from 'node:path';
import { ExportFormat, HeaderStyle, SheetLanguage, type QuoteFilters } from '../../../shared/contract/exports';
import { closeProject, openProjectReadonly } from '../../core/db/open';
import { exportQuotes } from '../../core/export/export-quotes';
import { JSON_OPTION, parseCommandArgs, positionals, UsageError, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { printJson } from '../io';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write a quote sheet (CSV, XLSX, printable HTML) or exchange file (REFI-QDA, JSON-LD) (read-only)',
  help: `Usage: daftar export <project.sqlite> --format csv|xlsx|qdpx|qdc|jsonld|html --out FILE
                     [--speaker N] [--theme N] [--article ID] [--source S] [--from DATE] [--to DATE]
                     [--lang ar|en] [--header labels|machine] [--force] [--json]

Write the project's quotes (all, or those the filters keep) to FILE. The project is only read.
  csv     UTF-8 with BOM, CRLF, one row per quote; cells a spreadsheet could run as a formula
          (starting with = + - @ TAB or CR, also after invisible marks) get a leading '
  xlsx    a right-to-left Excel sheet: Arabic font, frozen header, one ✓ column per top theme
  qdpx    REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder): articles as sources, speakers
          and themes as codes, quotes as coded selections, notes as notes
  qdc     REFI-QDA codebook: every speaker and theme (the quote filters do not apply)
  jsonld  W3C Web Annotation JSON-LD (TextQuoteSelector + TextPositionSelector)
  html    a printable quote sheet: one self-contained right-to-left page (no scripts) that a
          browser prints to PDF
  --speaker N   only quotes of this speaker (by name or any alias)
  --theme N     only quotes coded with this theme or any theme below it
  --article ID  only quotes in this article
  --source S    only quotes from articles of this source
  --from DATE, --to DATE   only articles published in this range (YYYY-MM-DD, inclusive)
  --lang L      column labels and code names in Arabic (ar, the default) or English (en)
  --header H    labels (default) or machine: stable column names (quote_id, quote, speaker, ...)
  --force       replace FILE if it exists (otherwise an existing FILE is refused)
The file is written under a temporary name and renamed when complete, so it is never half
written. With --json prints {"path", "rows"}. An unknown speaker or theme exits 2.
`,
  async run(argv, io) {
    const { values, positionals: given } = parseCommandArgs(this, argv, {
      ...JSON_OPTION,
      format: { type: 'string' },
      out: { type: 'string' },
      speaker: { type: 'string' },
      theme: { type: 'string' },
      article: { type: 'string' },
      source: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      lang: { type: 'string' },
      header: { type: 'string' },
      force: { type: 'boolean' },
    });
    const [file] = positionals(this, given, ['project.sqlite']);
    const choice = <T extends string>(name: string, value: string | undefined, options: readonly T[], fallback?: T): T => {
      if (value === undefined && fallback !== undefined) return fallback;
      if (value === undefined) throw new UsageError(`--${name} is required (${options.join(', ')})`, this);
      if (!(options as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${options.join(', ')}, not "${value}"`, this);
      return value as T;
    };
    const format = choice('format', values.format, ExportFormat.options);
    const lang = choice('lang', values.lang, SheetLanguage.options, 'ar');
    const header = choice('header', values.header, HeaderStyle.options, 'labels');
    if (!values.out) throw new UsageError('--out FILE is required', this);
    for (const name of ['from', 'to'] as const) {
      const v = values[name];
      if (v !== undefined && !DATE.test(v)) throw new UsageError(`--${name} must be a date written YYYY-MM-DD, not "${v}"`, this);
    }
    const filters: QuoteFilters = {
      speaker: values.speaker, theme: values.theme, articleId: values.article, source: values.source, from: values.from, to: values.to,
    };
    const db = openProjectReadonly(file);
    try {
      const result = await exportQuotes(db, {
        format, path: values.out, filters, lang, header, overwrite: values.force ?? false,
        projectName: path.basename(file).replace(/\.[^.]+$/, ''),
      });
      if (values.json) printJson(io, result);
      else io.stdout(`Wrote ${result.rows} ${format === 'qdc' ? 'codes' : `quote${result.rows === 1 ? '' : 's'}`} to ${result.path}.\n`);
      return EXIT.ok;
    } finally {
      closeProject(db);
    }
  },
};
