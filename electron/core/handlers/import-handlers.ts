import type { Handlers } from '../../../shared/contract/index';
import type { Session } from '../project/session';

export function importHandlers(session: Session): Pick<Handlers, 'import.start' | 'import.status' | 'import.cancel'> {
  return {
    'import.start': async ({ paths, encoding }) => ({
      jobId: session.imports.start(session.requirePath(), paths, encoding),
    }),
    'import.status': async ({ jobId }) => session.imports.status(jobId),
    'import.cancel': async ({ jobId }) => session.imports.cancel(jobId),
  };
}
