/**
 * A short window of the ORIGINAL text around the first hit, with the hits inside it as ranges
 * relative to the window, so the result list can show the diacritised words and mark them.
 * FTS5's own snippet() would show index stems, not what the article says.
 */
import type { Hit } from './match';

export interface Snippet {
  /** The window's text; line breaks are shown as spaces (same length, so offsets hold). */
  text: string;
  /** Code-point offsets of the window in the whole text. */
  start: number;
  end: number;
  /** Hits inside the window, relative to `text` (code points, end exclusive). */
  marks: Hit[];
}

export interface SnippetOptions {
  /** Code points of context before the first hit. */
  before?: number;
  /** Total length of the window, in code points. */
  length?: number;
}

const SPACE = /\s/u;

/** Code-point access to a text: the string itself when it has no surrogate pairs (the usual
 * case, where code points and UTF-16 units coincide), else an array of code points. */
function codePoints(text: string): ArrayLike<string> & { slice(start: number, end: number): ArrayLike<string> | string } {
  return /[\uD800-\uDFFF]/.test(text) ? Array.from(text) : text;
}

/** Without hits the window is the opening of the text. */
export function makeSnippet(text: string, hits: Hit[], options: SnippetOptions = {}): Snippet {
  const chars = codePoints(text);
  const before = options.before ?? 60;
  const length = options.length ?? 220;
  const anchor = hits[0]?.start ?? 0;

  let start = Math.max(0, anchor - before);
  // Start at a word boundary (after a space), but never after the hit itself.
  if (start > 0) {
    let s = start;
    while (s < anchor && !SPACE.test(chars[s - 1])) s++;
    start = s;
  }
  // Skip leading white space, e.g. the blank line after a title.
  while (start < anchor && SPACE.test(chars[start])) start++;

  // The window always holds the whole first hit, even a phrase longer than `length`.
  let end = Math.min(chars.length, Math.max(start + length, hits[0]?.end ?? 0));
  if (end < chars.length) {
    let e = end;
    while (e > start && !SPACE.test(chars[e])) e--;
    // A window that is one long word: cut it where it is.
    if (e > (hits[0]?.end ?? start)) end = e;
  }
  while (end > start && SPACE.test(chars[end - 1])) end--;

  const marks: Hit[] = [];
  for (const h of hits) {
    if (h.end <= start || h.start >= end) continue;
    marks.push({ start: Math.max(h.start, start) - start, end: Math.min(h.end, end) - start });
  }
  const window = chars.slice(start, end);
  const windowText = typeof window === 'string' ? window : Array.prototype.join.call(window, '');
  return { text: windowText.replace(/[\n\r\t\u2028\u2029]/g, ' '), start, end, marks };
}
