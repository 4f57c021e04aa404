/**
 * Accepting suggestions: each becomes an ordinary highlight with its speaker, creating the
 * speaker first when it is new (or reusing one whose name or alias matches). The whole action
 * — the new speaker, the highlights, and dropping a rejection of the same span — is one
 * operation in the log (recordOperation nests), so one Ctrl+Z takes it all back, and it runs in
 * one transaction, so a highlight that cannot be made leaves no stray speaker behind.
 */
import type { Highlight } from '../../../shared/contract/annotations';
import type { AcceptSuggestion, AcceptSuggestions, NewSpeaker } from '../../../shared/contract/suggest';
import { createHighlight } from '../annotations/highlights';
import { createTag, findTagByName, getTag } from '../annotations/tags';
import type { WritableDb } from '../db/handles';
import { hasTable } from '../db/schema';
import { recordOperation } from '../history/operations';
import { DaftarError } from '../../../shared/contract/errors';
import { clearRejection, hashOfSpan } from './reject';

function speakerFor(db: WritableDb, input: { speakerId?: string; newSpeaker?: NewSpeaker }, actor: string): string | null {
  if (input.speakerId) {
    const tag = getTag(db, input.speakerId);
    if (tag.kind !== 'speaker') throw DaftarError.because('invalid_input', 'speaker_is_theme', { name: tag.name });
    return tag.id;
  }
  if (input.newSpeaker) {
    const { name, role, organisation, aliases } = input.newSpeaker;
    return (
      findTagByName(db, 'speaker', name)?.id ??
      createTag(db, { kind: 'speaker', name, role: role ?? null, organisation: organisation ?? null, aliases }, actor).id
    );
  }
  return null;
}

export function acceptSuggestions(db: WritableDb, input: AcceptSuggestions, actor: string): Highlight[] {
  const label = input.spans.length === 1 ? 'accept suggestion' : 'accept suggestions';
  return recordOperation(db, label, actor, (rec) => {
    const speakerId = speakerFor(db, input, actor);
    const withRejections = hasTable(db, 'suggestion_rejections');
    return input.spans.map(({ start, end }) => {
      const h = createHighlight(db, { articleId: input.articleId, start, end, speakerId }, actor);
      // Accepting a suggestion shown among the rejected ones takes back its rejection.
      if (withRejections) clearRejection(db, rec, { articleId: input.articleId, start, end }, hashOfSpan(db, { articleId: input.articleId, start, end }));
      return h;
    });
  });
}

export function acceptSuggestion(db: WritableDb, input: AcceptSuggestion, actor: string): Highlight {
  const { articleId, start, end, speakerId, newSpeaker } = input;
  return acceptSuggestions(db, { articleId, spans: [{ start, end }], speakerId, newSpeaker }, actor)[0]!;
}
