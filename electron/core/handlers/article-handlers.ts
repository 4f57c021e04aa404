import type { Handlers } from '../../../shared/contract/index';
import { getArticle, listArticles } from '../articles/articles';
import { updateArticleMeta } from '../articles/update-meta';
import type { Session } from '../project/session';

export function articleHandlers(session: Session): Pick<Handlers, 'articles.list' | 'articles.get' | 'articles.updateMeta'> {
  return {
    'articles.list': async (request) => listArticles(session.requireDb(), request),
    'articles.get': async ({ id }) => getArticle(session.requireDb(), id),
    'articles.updateMeta': async (edit) => updateArticleMeta(session.requireDb(), edit, session.actor),
  };
}
