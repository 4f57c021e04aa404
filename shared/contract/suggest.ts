/**
 * Suggested quotes (issue 7): statements and their speakers found by the rule-based detector
 * (shared/suggest), with the speaker resolved against the project's speakers. Suggestions are
 * computed on request and never stored; accepting one creates an ordinary highlight, rejecting
 * one stores the rejection (article, offsets, hash of the text) so it does not come back.
 * Accepting, rejecting and restoring are undoable like every other change.
 */
import { z } from 'zod';
import { contractMessage } from './reasons';
import { Highlight, LIMITS } from './annotations';

const Id = z.string().min(1).max(64);
const Name = z
  .string()
  .max(LIMITS.tagName, contractMessage('request_name_too_long', { max: LIMITS.tagName }))
  .refine((s) => s.trim().length > 0, contractMessage('request_name_blank'));

export const SuggestedSpeaker = z.object({
  /** The name as the article gives it (or the existing speaker's name when resolved). */
  name: z.string(),
  role: z.string().nullable(),
  organisation: z.string().nullable(),
  kind: z.enum(['person', 'organisation']),
  /** The project's speaker this is, matched by name or alias; null: a new speaker would be proposed. */
  speakerId: z.string().nullable(),
  /** 'exact': same name or alias after normalisation; 'loose': a spelling variant (ش/س, ال, عبد الله/عبدالله) or a family name alone. */
  match: z.enum(['exact', 'loose']).nullable(),
});
export type SuggestedSpeaker = z.infer<typeof SuggestedSpeaker>;

export const SuggestionRow = z.object({
  articleId: z.string(),
  /** Code-point offsets of the statement's content in the article text, end exclusive. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  speaker: SuggestedSpeaker,
  /** The cue word(s) as written (قال، مشيرا إلى، بحسب …). */
  cue: z.string(),
  cueKind: z.enum(['verb', 'participle', 'frame', 'inverted', 'quote-continuation']),
  confidence: z.number(),
  /** An analyst's highlight already covers part of it: shown, never replaced. */
  overlapsExisting: z.boolean(),
  /** The analyst rejected it (only listed when asked with includeRejected). */
  rejected: z.boolean(),
});
export type SuggestionRow = z.infer<typeof SuggestionRow>;

export const NewSpeaker = z.object({
  name: Name,
  role: z.string().max(LIMITS.tagName).nullable().optional(),
  organisation: z.string().max(LIMITS.tagName).nullable().optional(),
  aliases: z.array(z.string().max(LIMITS.alias)).max(LIMITS.aliases).optional(),
});
export type NewSpeaker = z.infer<typeof NewSpeaker>;

export const AcceptSuggestion = z
  .object({
    articleId: Id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    /** An existing speaker, or … */
    speakerId: Id.optional(),
    /** … a speaker to create (reused when one with that name or alias exists), or neither. */
    newSpeaker: NewSpeaker.optional(),
  })
  .refine((r) => !(r.speakerId && r.newSpeaker), 'give speakerId or newSpeaker, not both')
  .refine((r) => r.end > r.start, 'end must be after start');
export type AcceptSuggestion = z.infer<typeof AcceptSuggestion>;

/** Accept several statements of one article with one speaker, as one undoable change. */
export const AcceptSuggestions = z
  .object({
    articleId: Id,
    spans: z
      .array(z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }).refine((s) => s.end > s.start, 'end must be after start'))
      .min(1)
      .max(1000),
    speakerId: Id.optional(),
    newSpeaker: NewSpeaker.optional(),
  })
  .refine((r) => !(r.speakerId && r.newSpeaker), 'give speakerId or newSpeaker, not both');
export type AcceptSuggestions = z.infer<typeof AcceptSuggestions>;

/** Where a suggestion is: rejections are keyed by it (and by a hash of the text there). */
export const SuggestionSpan = z
  .object({ articleId: Id, start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((r) => r.end > r.start, 'end must be after start');
export type SuggestionSpan = z.infer<typeof SuggestionSpan>;

export const RejectSuggestion = z
  .object({
    articleId: Id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    /** What was rejected, kept for the "show rejected" list and provenance. */
    speaker: z.string().max(LIMITS.tagName).nullable().optional(),
    cue: z.string().max(LIMITS.tagName).nullable().optional(),
  })
  .refine((r) => r.end > r.start, 'end must be after start');
export type RejectSuggestion = z.infer<typeof RejectSuggestion>;

/** changed: false when it was already so (rejected twice, restored when not rejected). */
const Changed = z.object({ changed: z.boolean() });

export const suggestMethods = {
  'suggest.forArticle': {
    request: z.object({ articleId: Id, includeRejected: z.boolean().optional() }),
    response: z.array(SuggestionRow),
  },
  'suggest.accept': { request: AcceptSuggestion, response: Highlight },
  'suggest.acceptAll': { request: AcceptSuggestions, response: z.array(Highlight) },
  'suggest.reject': { request: RejectSuggestion, response: Changed },
  'suggest.unreject': { request: SuggestionSpan, response: Changed },
} as const;
