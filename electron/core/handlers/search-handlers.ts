import type { Handlers } from '../../../shared/contract/index';
import type { WritableDb } from '../db/handles';
import type { Session } from '../project/session';
import { searchFacets } from '../search/facets';
import { ensureSearchIndex } from '../search/indexer';
import { articleHits, search } from '../search/search';

type SearchHandlers = Pick<Handlers, 'search.query' | 'search.hitsInArticle' | 'search.facets'>;

export function searchHandlers(session: Session): SearchHandlers {
  // Checked once per open project: an index built by another analyzer version is rebuilt
  // before the first search, so old articles and new queries are analysed alike.
  const checked = new WeakSet<WritableDb>();
  const db = (): WritableDb => {
    const handle = session.requireDb();
    if (!checked.has(handle)) {
      ensureSearchIndex(handle);
      checked.add(handle);
    }
    return handle;
  };
  return {
    'search.query': async (request) => search(db(), request),
    'search.hitsInArticle': async ({ articleId, query }) => articleHits(db(), articleId, query),
    'search.facets': async () => searchFacets(db()),
  };
}
