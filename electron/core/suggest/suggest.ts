/**
 * Suggestions for an article: the detector's statements (shared/suggest) with speakers resolved
 * against the project, and a flag where the analyst's own highlights already cover them.
 */
import type { SuggestionRow } from '../../../shared/contract/suggest';
import { detectStatements } from '../../../shared/suggest/detect';
import { highlightsForArticle } from '../annotations/highlights';
import { listTags } from '../annotations/tags';
import { getArticle } from '../articles/articles';
import type { AnyDb } from '../db/handles';
import { speakerIndex, type SpeakerIndex } from './resolve';

export function suggestionsFor(db: AnyDb, articleId: string, index: SpeakerIndex = speakerIndex(listTags(db))): SuggestionRow[] {
  const article = getArticle(db, articleId);
  const highlights = highlightsForArticle(db, articleId);
  return detectStatements(article.text).map((s) => {
    const detected = s.speaker!;
    const found = index.resolve(detected);
    return {
      articleId,
      start: s.start,
      end: s.end,
      text: s.text,
      speaker: {
        name: found ? found.tag.name : detected.name,
        role: found ? found.tag.role : (detected.role ?? null),
        organisation: found ? found.tag.organisation : (detected.organisation ?? null),
        kind: detected.kind,
        speakerId: found ? found.tag.id : null,
        match: found ? found.match : null,
      },
      cue: s.cue,
      cueKind: s.cueKind,
      confidence: s.confidence,
      overlapsExisting: highlights.some((h) => h.start < s.end && h.end > s.start),
    };
  });
}
