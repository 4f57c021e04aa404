import { DaftarError } from '../../../shared/contract/errors';
import type { Handlers, Method } from '../../../shared/contract/index';
import type { Session } from '../project/session';

/**
 * What may still be asked while a merge runs. The merge writes from its worker's connection in
 * one long transaction; a write from the main connection meanwhile would wait on it and then
 * fail, or switch projects under it. Reads see the project as it was before the merge (WAL).
 * A list of what is allowed, so a method added later is refused until someone decides.
 */
const ALLOWED_DURING_MERGE: ReadonlySet<Method> = new Set<Method>([
  'app.info', 'project.forgetRecent',
  'dialog.chooseProjectToOpen', 'dialog.chooseProjectToCreate', 'dialog.chooseImportPaths', 'dialog.chooseSavePath', 'dialog.chooseMergeSource',
  'articles.list', 'articles.get', 'tags.list', 'highlights.forArticle', 'quotes.list', 'history.state',
  'search.query', 'search.hitsInArticle', 'search.facets', 'suggest.forArticle',
  'export.count', 'export.start', 'export.status', 'export.cancel', 'export.printPdf', 'project.saveCopy',
  'project.mergeStatus', 'project.mergeCancel',
  'import.status', 'import.cancel', 'import.previewCollection', 'import.pastePreview',
  'import.uploadOpen', 'import.uploadChunk', 'import.uploadDiscard',
]);

export function isAllowedDuringMerge(method: Method): boolean {
  return ALLOWED_DURING_MERGE.has(method);
}

/** Wrap every handler that writes so it is refused, with a clear message, while a merge runs. */
export function gateWritesDuringMerge(session: Session, handlers: Handlers): Handlers {
  const gated = { ...handlers } as Record<Method, (request: unknown) => Promise<unknown>>;
  for (const method of Object.keys(handlers) as Method[]) {
    if (ALLOWED_DURING_MERGE.has(method)) continue;
    const handler = gated[method];
    gated[method] = async (request) => {
      if (session.isMerging()) {
        throw DaftarError.because('project_busy', 'merge_running');
      }
      return handler(request);
    };
  }
  return gated as Handlers;
}
