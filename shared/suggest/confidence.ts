/**
 * How sure a suggestion is: an estimate of the chance that its span AND its speaker are right,
 * from what the rules knew when they found it (Evidence, filled in by detect.ts), and the
 * threshold below which a suggestion is not shown.
 *
 * The table. No trained model: a base figure for how the statement was found (cue kind × how the
 * content was marked), times a factor for how the speaker was found, times penalties for signs of
 * a misread (a speaker "name" with a verb or a particle in it, very short content, a long way from
 * the cue to the content). Each figure is the precision of that class measured with
 * `node scripts/bench-suggest.mjs --calibrate --classes` on the splits the rules were written and
 * tuned on (dev, heldout … heldout7: 519 suggestions, 27 wrong); a factor is the class's precision
 * over the overall precision (0.948). tests/suggest/README.md keeps the measured table.
 *
 * What the numbers mean, honestly: they are measured on articles the rules were tuned on, where
 * precision is about 0.95; on unseen articles it is 0.65–0.85, so the absolute values are
 * optimistic. Their ORDER is what carries over (a title nobody was named with, a phrase read as a
 * name by default, content of two words are wrong far more often than «قال X إن» with a name),
 * which is what the threshold and the reader's sorting need.
 */
import { normalizeArabic } from '../arabic/normalize';
import type { CueKind } from './types';

/** How the content was marked: a quote mark, إن/أن, a colon, a verb's own marker (أعرب عن), nominal content, or the sentence before a frame. */
export type ContentMark = 'quote' | 'complementiser' | 'colon' | 'marker' | 'nominal' | 'before';

/**
 * How the speaker was found: named after the cue (a person / an organisation / a phrase read as a
 * name only by default: weak), a title alone (title-only) or one resolved to a person named before
 * (title-back), a one-word name of someone who spoke before (known) or mentioned with a title
 * (mention), a pronoun continuation (pronoun: the last speaker; sentence-subject: the subject of
 * this sentence's reporting verb; recent-subject: a titled subject since the last statement), a
 * subject before its verb, a participle's subject in a sentence without a reporting verb, «سموه»
 * (honorific), or a document's author.
 */
export type SpeakerVia =
  | 'named'
  | 'organisation'
  | 'weak'
  | 'title-only'
  | 'title-back'
  | 'known'
  | 'mention'
  | 'pronoun'
  | 'sentence-subject'
  | 'recent-subject'
  | 'subject-before'
  | 'participle-subject'
  | 'honorific'
  | 'document';

export interface Evidence {
  cueKind: CueKind;
  /** The cue's base form (قال، أكد، مشير، بحسب …); '' for a quotation continuing a paragraph. */
  cueBase: string;
  content: ContentMark;
  via: SpeakerVia;
  /** Words of content. */
  spanWords: number;
  /** Words of the speaker's name. */
  speakerWords: number;
  /** Stream items between the cue and the content's first item (a long speaker phrase, or a long sentence before a frame). */
  distance: number;
  /** Sentences since the same speaker's previous statement; -1 when this is their first. */
  sinceSpoke: number;
  /** The speaker's name as found (checked for words no name has). */
  speakerName: string;
}

/** Base precision by cue kind and content mark (measured; see the file comment). */
const BASE: Record<CueKind, Partial<Record<ContentMark, number>> & { other: number }> = {
  // 310 with إن/أن 0.95; 93 with a quote, colon or marker 0.97; 22 nominal 0.86.
  verb: { complementiser: 0.95, quote: 0.97, colon: 0.97, marker: 0.97, nominal: 0.86, before: 0.86, other: 0.9 },
  // 45 with أن 0.93; 21 with a quote or colon 1.00.
  participle: { complementiser: 0.93, quote: 0.97, colon: 0.97, other: 0.93 },
  // 22 attributing the sentence before 0.86; 4 at a sentence start 0.75 (2 of them wrong on unseen ones too).
  frame: { before: 0.86, other: 0.75 },
  inverted: { other: 0.9 },
  'quote-continuation': { other: 0.85 },
};

/** Factor by how the speaker was found: the class's precision over the overall 0.948. */
const VIA: Record<SpeakerVia, number> = {
  named: 1.03, // 154, 0.97 (0.99 after a verb)
  known: 1.03, // 60, 0.98
  'title-back': 1.03, // 23, 1.00
  document: 1.03, // 16, 1.00
  'sentence-subject': 1.01, // 59, 0.97
  'recent-subject': 1.0, // 1
  honorific: 1.0, // 1
  pronoun: 0.99, // 90, 0.94
  organisation: 0.95, // 72, 0.90
  mention: 0.94, // 10, 0.90
  'subject-before': 0.92, // 8, 0.88
  'participle-subject': 0.85, // 5, 0.80
  weak: 0.83, // 14, 0.79
  'title-only': 0.7, // 6, 0.67
};

/**
 * Words no speaker's name contains, which show the phrase was misread: particles, a verb
 * (يقوله، شارك), a conjunction glued to a noun (والحديث), a nisba adjective alone (البحرينية).
 * Normalised (ة→ه, ى→ي, hamza seats folded).
 */
const PARTICLES: ReadonlySet<string> = new Set(['قد', 'لقد', 'علي', 'في', 'من', 'عن', 'ما', 'الذي', 'التي', 'الذين', 'انه', 'لا', 'لم', 'لن', 'كان', 'كانت', 'حيث']);

export function oddName(name: string): boolean {
  const words = normalizeArabic(name).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  // «علي» is a given name when another word follows it (علي النقيدان), a preposition at the end.
  if (words.some((w, k) => PARTICLES.has(w) && !(w === 'علي' && k < words.length - 1))) return true;
  // An imperfect verb with an object pronoun or a plural ending (يقوله، يرون) is no name («إن» in
  // «سي إن إن» is part of one, so إن itself is not in PARTICLES).
  // Not a nisba adjective (يسارية، تركية: normalised ending يه).
  if (words.some((w) => /^[يت].{2,}(ه|ها|ون|هم)$/.test(w) && w.length >= 5 && !w.endsWith('يه'))) return true;
  // «بوتين والحديث»: a second noun joined with و.
  if (words.length > 1 && words.slice(1).some((w) => /^وال.{3,}/.test(w))) return true;
  // «البحرينية» alone: an adjective of origin, not a speaker.
  return words.length === 1 && /^ال.{3,}يه$/.test(words[0]!);
}

/** Content of this many words or fewer is often a quoted name or a fragment (0.67 on 12). */
const SHORT_CONTENT = 3;
/** A speaker phrase or a frame's sentence this long (items) was misread more often (0.82 on 39). */
const FAR = 15;

/** The estimated chance (0.05–0.99) that the suggestion's span and speaker are right. */
export function confidenceOf(e: Evidence): number {
  const base = BASE[e.cueKind][e.content] ?? BASE[e.cueKind].other;
  let c = base * VIA[e.via];
  // 6 of 6 such suggestions were wrong on the calibration splits.
  if (oddName(e.speakerName)) c *= 0.4;
  if (e.spanWords <= SHORT_CONTENT) c *= 0.75;
  if (e.distance > FAR && e.cueKind !== 'frame') c *= 0.88;
  // An organisation whose "name" runs past four words has usually swallowed the object.
  if (e.via === 'organisation' && e.speakerWords > 4) c *= 0.85;
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100;
}

/**
 * Suggestions below this are not shown (detectStatements' minConfidence). Chosen on the
 * calibration splits (tests/suggest/README.md, "Confidence"): see the trade-off there.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.6;
