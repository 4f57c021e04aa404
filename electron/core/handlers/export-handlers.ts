import path from 'node:path';
import type { Handlers } from '../../../shared/contract/index';
import { exportQuotes } from '../export/export-quotes';
import { mergeProject } from '../merge/merge';
import { importQdpx, isQdpx } from '../merge/qdpx-import';
import type { Session } from '../project/session';
import { saveShareCopy } from '../project/share';

type ExportHandlers = Pick<Handlers, 'export.quotes' | 'project.saveCopy' | 'project.merge'>;

export function exportHandlers(session: Session): ExportHandlers {
  return {
    'export.quotes': async ({ format, path: file, filters, lang, header, overwrite }) =>
      exportQuotes(session.requireDb(), {
        format, path: file, filters, lang, header, overwrite,
        projectName: path.basename(session.requirePath()).replace(/\.[^.]+$/, ''),
      }),
    'project.saveCopy': async ({ path: file }) => saveShareCopy(session.requireDb(), file),
    'project.merge': async ({ path: file }) =>
      isQdpx(file) ? importQdpx(session.requireDb(), file, session.actor) : mergeProject(session.requireDb(), file, session.actor),
  };
}
