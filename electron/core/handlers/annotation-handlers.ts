import { readerHighlight, type Handlers } from '../../../shared/contract/index';
import { createHighlight, deleteHighlight, highlightsForArticle, listQuotes, updateHighlight } from '../annotations/highlights';
import { createTag, deleteTag, listTags, mergeTags, updateTag } from '../annotations/tags';
import { historyState, redo, undo } from '../history/operations';
import type { Session } from '../project/session';

type AnnotationHandlers = Pick<
  Handlers,
  | 'tags.list' | 'tags.create' | 'tags.update' | 'tags.delete' | 'tags.merge'
  | 'highlights.forArticle' | 'highlights.create' | 'highlights.update' | 'highlights.delete'
  | 'quotes.list' | 'history.state' | 'history.undo' | 'history.redo'
>;

export function annotationHandlers(session: Session): AnnotationHandlers {
  const db = () => session.requireDb();
  return {
    'tags.list': async () => listTags(db()),
    'tags.create': async (input) => createTag(db(), input, session.actor),
    'tags.update': async ({ id, patch }) => updateTag(db(), id, patch, session.actor),
    'tags.delete': async ({ id }) => deleteTag(db(), id, session.actor),
    'tags.merge': async ({ sourceId, targetId }) => mergeTags(db(), sourceId, targetId, session.actor),
    'highlights.forArticle': async ({ articleId, lean }) => {
      const highlights = highlightsForArticle(db(), articleId);
      return lean ? highlights.map(readerHighlight) : highlights;
    },
    'highlights.create': async (input) => createHighlight(db(), input, session.actor),
    'highlights.update': async ({ id, ...patch }) => updateHighlight(db(), id, patch, session.actor),
    'highlights.delete': async ({ id }) => deleteHighlight(db(), id, session.actor),
    'quotes.list': async (filter) => listQuotes(db(), filter),
    'history.state': async () => historyState(db()),
    'history.undo': async () => {
      const step = undo(db());
      return { ...historyState(db()), changed: step?.changed ?? null };
    },
    'history.redo': async () => {
      const step = redo(db());
      return { ...historyState(db()), changed: step?.changed ?? null };
    },
  };
}
