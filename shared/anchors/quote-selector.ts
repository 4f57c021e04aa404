/**
 * Anchors in the manner of Hypothesis and the W3C Web Annotation model: a highlight is stored
 * as code-point offsets (TextPositionSelector) plus the exact quote with some context before
 * and after (TextQuoteSelector). The position is fast; the quote lets us check the position
 * and, where a text was re-imported differently, find the passage again — but Daftar never
 * moves a highlight silently: `verifyAnchor` says what it found and the caller shows it.
 */
import { codePointIndex, codePointToUtf16 } from '../text/codepoints';

/** Context kept on each side of a quote, in code points. */
export const CONTEXT_LENGTH = 32;

export interface TextPosition {
  /** Code-point offsets into the article text, end exclusive. */
  start: number;
  end: number;
}

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export type Anchor = TextPosition & TextQuote;

/** Code-point slice of a string. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return text.slice(codePointToUtf16(text, start), codePointToUtf16(text, end));
}

export function createAnchor(text: string, start: number, end: number): Anchor {
  const from = Math.max(0, start - CONTEXT_LENGTH);
  return {
    start,
    end,
    exact: sliceCodePoints(text, start, end),
    prefix: sliceCodePoints(text, from, start),
    suffix: sliceCodePoints(text, end, end + CONTEXT_LENGTH),
  };
}

export type AnchorCheck =
  | { status: 'ok' }
  /** The quote is not at the stored position; `candidate` is where it is now, if unique. */
  | { status: 'moved'; candidate: TextPosition }
  | { status: 'missing' };

/**
 * Check a stored anchor against the article text. 'ok' when the exact quote is at the stored
 * position. Otherwise look for the quote elsewhere, preferring the occurrence whose prefix and
 * suffix match best; report it as a candidate, never apply it.
 */
export function verifyAnchor(text: string, anchor: Anchor): AnchorCheck {
  if (quoteAt(text, anchor.start, anchor.end) === anchor.exact) return { status: 'ok' };
  const candidates = findAll(text, anchor.exact);
  if (!candidates.length) return { status: 'missing' };
  let best: { pos: TextPosition; score: number } | null = null;
  for (const pos of candidates) {
    const score =
      commonSuffix(sliceCodePoints(text, Math.max(0, pos.start - CONTEXT_LENGTH), pos.start), anchor.prefix) +
      commonPrefix(sliceCodePoints(text, pos.end, pos.end + CONTEXT_LENGTH), anchor.suffix) -
      Math.abs(pos.start - anchor.start) / 1e6; // tie-break: the nearest
    if (!best || score > best.score) best = { pos, score };
  }
  return { status: 'moved', candidate: best!.pos };
}

/**
 * The code-point slice, through an index of the last text seen: an article's highlights are
 * verified one after another against the same text, and slicing from its start each time
 * made 1,000 highlights cost 1,000 walks over the article.
 */
let indexed: { text: string; index: Uint32Array } | null = null;
function quoteAt(text: string, start: number, end: number): string {
  if (indexed?.text !== text) indexed = { text, index: codePointIndex(text) };
  const { index } = indexed;
  const at = (cp: number) => index[Math.max(0, Math.min(cp, index.length - 1))];
  return text.slice(at(start), at(end));
}

/** Every occurrence of `needle` as code-point positions. */
export function findAll(text: string, needle: string): TextPosition[] {
  if (!needle) return [];
  const out: TextPosition[] = [];
  const needleLength = [...needle].length;
  let from = 0;
  let cpBase = 0;
  let utf16Base = 0;
  for (;;) {
    const i = text.indexOf(needle, from);
    if (i < 0) break;
    // Advance the code-point counter incrementally instead of recounting from 0.
    cpBase += [...text.slice(utf16Base, i)].length;
    utf16Base = i;
    out.push({ start: cpBase, end: cpBase + needleLength });
    from = i + Math.max(1, needle.length);
  }
  return out;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
