/**
 * Suggestions for an article: the detector's statements (shared/suggest) with speakers resolved
 * against the project, a flag where the analyst's own highlights already cover them, and the
 * ones the analyst rejected left out (or, with includeRejected, listed and marked).
 */
import type { SuggestionRow } from '../../../shared/contract/suggest';
import { detectStatements } from '../../../shared/suggest/detect';
import { highlightsForArticle } from '../annotations/highlights';
import { listTags } from '../annotations/tags';
import { getArticle } from '../articles/articles';
import type { AnyDb } from '../db/handles';
import { rejectedSpans, spanKey } from './reject';
import { speakerIndex, type SpeakerIndex } from './resolve';

export interface SuggestOptions {
  /** List rejected suggestions too (marked rejected: true). */
  includeRejected?: boolean;
}

export function suggestionsFor(
  db: AnyDb,
  articleId: string,
  index: SpeakerIndex = speakerIndex(listTags(db)),
  options: SuggestOptions = {},
): SuggestionRow[] {
  const article = getArticle(db, articleId);
  const highlights = highlightsForArticle(db, articleId);
  const rejected = rejectedSpans(db, articleId);
  const rows = detectStatements(article.text).map((s): SuggestionRow => {
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
      rejected: rejected.has(spanKey(s.start, s.end)),
    };
  });
  return options.includeRejected ? rows : rows.filter((r) => !r.rejected);
}
