import path from 'node:path';
import { DaftarError } from '../../../shared/contract/errors';
import type { Handlers } from '../../../shared/contract/index';
import { countExport, exportQuotes } from '../export/export-quotes';
import { quotesToHtml } from '../export/html';
import { buildQuoteSheet } from '../export/quote-rows';
import { checkDestination, writeFileAtomic } from '../export/write-file';
import { mergeProject } from '../merge/merge';
import { importQdpx, isQdpx } from '../merge/qdpx-import';
import type { Session } from '../project/session';
import { saveShareCopy } from '../project/share';
import type { Shell } from './shell';

type ExportHandlers = Pick<
  Handlers,
  | 'export.quotes'
  | 'export.count'
  | 'export.printPdf'
  | 'project.saveCopy'
  | 'project.merge'
  | 'project.undoMerge'
  | 'project.upgradeCopy'
  | 'dialog.chooseSavePath'
  | 'dialog.chooseMergeSource'
>;

/**
 * Export, share and merge. The work is synchronous SQLite on the process that serves the
 * contract (the web server, or Electron's main process); the renderer runs in its own process
 * and only waits for the answer, showing that it is busy.
 */
export function exportHandlers(session: Session, shell: Shell): ExportHandlers {
  const projectName = () => path.basename(session.requirePath()).replace(/\.[^.]+$/, '');
  const unsupported = (message: string) => new DaftarError('unsupported', message);
  return {
    'export.quotes': async ({ format, path: file, filters, lang, header, overwrite }) =>
      exportQuotes(session.requireDb(), { format, path: file, filters, lang, header, overwrite, projectName: projectName() }),
    'export.count': async ({ format, filters }) => ({ rows: countExport(session.requireDb(), format, filters) }),
    'export.printPdf': async ({ path: file, filters, lang, overwrite }) => {
      const db = session.requireDb();
      if (!shell.printToPdf) throw unsupported('Printing to PDF is only available in the desktop app; export the printable sheet (HTML) and print it from your browser.');
      checkDestination(file, overwrite);
      const rows = buildQuoteSheet(db, filters).rows;
      const pdf = await shell.printToPdf(quotesToHtml(rows, { lang, projectName: projectName() }));
      writeFileAtomic(file, pdf, { overwrite });
      return { path: path.resolve(file), rows: rows.length };
    },
    'project.saveCopy': async ({ path: file, overwrite }) => saveShareCopy(session.requireDb(), file, { overwrite }),
    'project.merge': async ({ path: file }) =>
      isQdpx(file) ? importQdpx(session.requireDb(), file, session.actor) : mergeProject(session.requireDb(), file, session.actor),
    'project.undoMerge': async ({ snapshot }) => session.undoMerge(snapshot),
    'project.upgradeCopy': async ({ path: file }) => session.upgradeCopy(file),
    'dialog.chooseSavePath': async ({ purpose, format, suggestedName }) => {
      if (!shell.chooseSavePath) throw unsupported('File dialogs are only available in the desktop app; type a path instead.');
      return { path: await shell.chooseSavePath(purpose, format, suggestedName) };
    },
    'dialog.chooseMergeSource': async () => {
      if (!shell.chooseMergeSource) throw unsupported('File dialogs are only available in the desktop app; type a path instead.');
      return { path: await shell.chooseMergeSource() };
    },
  };
}
