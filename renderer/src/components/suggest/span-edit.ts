/**
 * Moving the edges of a suggested statement by whole words before accepting it, and which way
 * the arrow keys point. Words are runs of non-space characters (punctuation stays with its
 * word, as the analyst sees it). Offsets are code points into the article text.
 */
import { codePointToUtf16, utf16ToCodePoint } from '../../../../shared/text/codepoints';

const SPACE = /\s/u;

export type Edge = 'start' | 'end';

/**
 * The span with one edge moved a word later (+1) or earlier (-1). The span never becomes
 * empty or leaves the text: a move that would do so returns the span unchanged.
 */
export function moveEdge(text: string, span: { start: number; end: number }, edge: Edge, step: 1 | -1): { start: number; end: number } {
  const at = codePointToUtf16(text, edge === 'start' ? span.start : span.end);
  let i = at;
  const space = (k: number) => SPACE.test(text[k] ?? '');
  if (step > 0) {
    if (edge === 'end') {
      // to the end of the next word
      while (i < text.length && space(i)) i++;
      while (i < text.length && !space(i)) i++;
    } else {
      // past the first word and the space after it
      while (i < text.length && !space(i)) i++;
      while (i < text.length && space(i)) i++;
    }
  } else if (edge === 'end') {
    // back over the last word and the space before it
    while (i > 0 && space(i - 1)) i--;
    while (i > 0 && !space(i - 1)) i--;
    while (i > 0 && space(i - 1)) i--;
  } else {
    // to the start of the previous word
    while (i > 0 && space(i - 1)) i--;
    while (i > 0 && !space(i - 1)) i--;
  }
  const moved = utf16ToCodePoint(text, i);
  const next = edge === 'start' ? { start: moved, end: span.end } : { start: span.start, end: moved };
  return next.end > next.start ? next : span;
}

/** The direction of a paragraph as `dir="auto"` finds it: its first strong letter. */
export function isRightToLeft(text: string): boolean {
  const first = /\p{L}/u.exec(text);
  return first ? /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u.test(first[0]) : false;
}

/**
 * The word step an arrow key means: ← is later in right-to-left text (the way the words
 * run) and earlier in left-to-right text; → the other way.
 */
export function arrowStep(key: 'ArrowLeft' | 'ArrowRight', rightToLeft: boolean): 1 | -1 {
  const left = key === 'ArrowLeft';
  return left === rightToLeft ? 1 : -1;
}
