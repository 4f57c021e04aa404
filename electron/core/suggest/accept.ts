/**
 * Accepting a suggestion: it becomes an ordinary highlight with its speaker, creating the
 * speaker first when it is new (or reusing one whose name or alias matches). Both steps are
 * recorded in the operation log as usual (undo removes the highlight, then the new speaker) and
 * run in one transaction, so a highlight that cannot be made leaves no stray speaker behind.
 */
import type { Highlight } from '../../../shared/contract/annotations';
import type { AcceptSuggestion } from '../../../shared/contract/suggest';
import { createHighlight } from '../annotations/highlights';
import { createTag, findTagByName, getTag } from '../annotations/tags';
import type { WritableDb } from '../db/handles';
import { DaftarError } from '../../../shared/contract/errors';

export function acceptSuggestion(db: WritableDb, input: AcceptSuggestion, actor: string): Highlight {
  return db.transaction(() => {
    let speakerId: string | null = null;
    if (input.speakerId) {
      const tag = getTag(db, input.speakerId);
      if (tag.kind !== 'speaker') throw new DaftarError('invalid_input', `"${tag.name}" is a theme, not a speaker.`);
      speakerId = tag.id;
    } else if (input.newSpeaker) {
      const { name, role, organisation, aliases } = input.newSpeaker;
      speakerId =
        findTagByName(db, 'speaker', name)?.id ??
        createTag(db, { kind: 'speaker', name, role: role ?? null, organisation: organisation ?? null, aliases }, actor).id;
    }
    return createHighlight(db, { articleId: input.articleId, start: input.start, end: input.end, speakerId }, actor);
  })();
}
