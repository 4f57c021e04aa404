import path from 'node:path';
import { DaftarError } from '../../../shared/contract/errors';
import type { ExportMethod, Handlers, MergeJob, MergeProgress, MergeReport } from '../../../shared/contract/index';
import type { JobRecord } from '../jobs/worker-jobs';
import { countExport } from '../export/export-quotes';
import { quotesToHtml } from '../export/html';
import { buildQuoteSheet } from '../export/quote-rows';
import { checkDestination, writeFileAtomic } from '../export/write-file';
import type { Session } from '../project/session';
import { saveShareCopy } from '../project/share';
import type { Shell } from './shell';

type ExportHandlers = Pick<Handlers, ExportMethod>;

/**
 * Export, share and merge. Exports and merges are jobs on a worker thread (core/jobs), so the
 * process that serves the contract stays free: the renderer polls their status and may cancel.
 * Save a copy (VACUUM INTO), the count and Print to PDF (Electron's renderer does the work)
 * stay here.
 */
export function exportHandlers(session: Session, shell: Shell): ExportHandlers {
  const projectName = () => path.basename(session.requirePath()).replace(/\.[^.]+$/, '');
  const unsupported = (message: string) => new DaftarError('unsupported', message);
  return {
    'export.start': async ({ format, path: file, filters, lang, header, overwrite }) => ({
      jobId: session.jobs.startExport(session.requirePath(), { format, path: file, filters, lang, header, overwrite, projectName: projectName() }),
    }),
    'export.status': async ({ jobId }) => session.jobs.exports.status(jobId),
    'export.cancel': async ({ jobId }) => session.jobs.exports.cancel(jobId),
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
    'project.mergeStart': async ({ path: file }) => ({ jobId: session.startMerge(file) }),
    'project.mergeStatus': async ({ jobId }) => mergeJob(session.jobs.merges.status(jobId)),
    'project.mergeCancel': async ({ jobId }) => mergeJob(session.jobs.merges.cancel(jobId)),
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

/** The contract names a merge's result `report`. */
function mergeJob(job: JobRecord<MergeProgress, MergeReport>): MergeJob {
  const { result, ...rest } = job;
  return { ...rest, report: result };
}
