import type { Handlers } from '../../../shared/contract/index';
import type { Session } from '../project/session';
import { acceptSuggestion } from '../suggest/accept';
import { suggestionsFor } from '../suggest/suggest';

type SuggestHandlers = Pick<Handlers, 'suggest.forArticle' | 'suggest.accept'>;

export function suggestHandlers(session: Session): SuggestHandlers {
  return {
    'suggest.forArticle': async ({ articleId }) => suggestionsFor(session.requireDb(), articleId),
    'suggest.accept': async (input) => acceptSuggestion(session.requireDb(), input, session.actor),
  };
}
