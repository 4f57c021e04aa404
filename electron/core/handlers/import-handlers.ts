import type { Handlers } from '../../../shared/contract/index';
import { previewCollection } from '../import/formats/collection-preview';
import { isCollection } from '../import/formats/collection';
import { importJob, startImport } from '../import/import-jobs';
import { ImportFileError } from '../import/read-text-file';
import { importPasted, previewPasted } from '../import/paste';
import { remove } from '../import/uploads';
import type { Session } from '../project/session';
import { DaftarError } from '../../../shared/contract/errors';

type ImportHandlers = Pick<
  Handlers,
  | 'import.start' | 'import.status' | 'import.cancel' | 'import.previewCollection'
  | 'import.uploadOpen' | 'import.uploadChunk' | 'import.uploadStart' | 'import.uploadDiscard'
  | 'import.pastePreview' | 'import.paste'
>;

export function importHandlers(session: Session): ImportHandlers {
  return {
    'import.start': async ({ paths, encoding, columns }) => ({
      jobId: startImport(session.imports, session.requirePath(), paths, encoding, columns),
    }),
    'import.status': async ({ jobId }) => importJob(session.imports.status(jobId)),
    'import.cancel': async ({ jobId }) => importJob(session.imports.cancel(jobId)),

    'import.previewCollection': async (request) => {
      const file = 'path' in request ? request.path : session.uploads.fileOf(request.uploadId, request.name);
      const shownAs = 'path' in request ? request.path : request.name;
      if (!isCollection(file)) throw DaftarError.because('invalid_input', 'not_a_collection', { file: shownAs });
      try {
        return await previewCollection(file, { encoding: request.encoding, columns: request.columns, shownAs });
      } catch (error) {
        if (error instanceof ImportFileError) throw DaftarError.because('invalid_input', 'file_problem', { file: shownAs, problem: error.problem });
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw DaftarError.because('invalid_input', 'file_missing', { file: shownAs });
        throw error;
      }
    },

    'import.uploadOpen': async () => {
      session.requireDb();
      return { uploadId: session.uploads.begin() };
    },
    'import.uploadChunk': async ({ uploadId, name, offset, data }) => ({
      size: session.uploads.append(uploadId, name, offset, data),
    }),
    'import.uploadStart': async ({ uploadId, encoding, columns }) => {
      const projectPath = session.requirePath();
      const { root, inputs } = session.uploads.take(uploadId);
      let jobId: string;
      try {
        jobId = startImport(session.imports, projectPath, inputs, encoding, columns, { root });
      } catch (error) {
        remove(root);
        throw error;
      }
      // The copies are only needed while the job reads them.
      void session.imports.wait(jobId).finally(() => remove(root));
      return { jobId };
    },
    'import.uploadDiscard': async ({ uploadId }) => ({ discarded: session.uploads.discard(uploadId) }),

    'import.pastePreview': async ({ text }) => previewPasted(text),
    'import.paste': async (pasted) => {
      // One writer at a time: an import job holds the file's write lock in its batches.
      if (session.imports.isRunning()) throw DaftarError.because('project_busy', 'import_running_paste');
      return importPasted(session.requireDb(), pasted);
    },
  };
}
