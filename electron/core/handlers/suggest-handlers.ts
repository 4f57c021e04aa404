import type { Handlers } from '../../../shared/contract/index';
import type { Session } from '../project/session';
import { acceptSuggestion, acceptSuggestions } from '../suggest/accept';
import { rejectSuggestion, unrejectSuggestion } from '../suggest/reject';
import { speakerIndex } from '../suggest/resolve';
import { suggestionsFor } from '../suggest/suggest';
import { listTags } from '../annotations/tags';

type SuggestHandlers = Pick<Handlers, 'suggest.forArticle' | 'suggest.accept' | 'suggest.acceptAll' | 'suggest.reject' | 'suggest.unreject'>;

export function suggestHandlers(session: Session): SuggestHandlers {
  const db = () => session.requireDb();
  return {
    'suggest.forArticle': async ({ articleId, includeRejected }) =>
      suggestionsFor(db(), articleId, speakerIndex(listTags(db())), { includeRejected }),
    'suggest.accept': async (input) => acceptSuggestion(db(), input, session.actor),
    'suggest.acceptAll': async (input) => acceptSuggestions(db(), input, session.actor),
    'suggest.reject': async (input) => rejectSuggestion(db(), input, session.actor),
    'suggest.unreject': async (input) => unrejectSuggestion(db(), input, session.actor),
  };
}
