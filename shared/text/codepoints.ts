/**
 * Daftar counts every offset in Unicode code points (REFI-QDA's unit), while JavaScript
 * strings and the DOM count UTF-16 code units. These helpers are the only conversions.
 */

/** Number of code points in a string. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low surrogate is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** UTF-16 index → code-point offset. An index inside a surrogate pair counts as its start. */
export function utf16ToCodePoint(text: string, index: number): number {
  return codePointLength(text.slice(0, Math.max(0, Math.min(index, text.length))).replace(/[\uD800-\uDBFF]$/, ''));
}

/** Code-point offset → UTF-16 index. */
export function codePointToUtf16(text: string, offset: number): number {
  let cp = 0;
  let i = 0;
  while (i < text.length && cp < offset) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
    cp++;
  }
  return i;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * For many lookups in one text: `index[cp]` is the UTF-16 index of code point `cp`, for
 * 0 ≤ cp ≤ codePointLength(text) (the last entry is text.length). Built in one pass, so
 * checking 1,000 highlights of an article costs one walk over its text, not 1,000.
 */
export function codePointIndex(text: string): Uint32Array {
  const index = new Uint32Array(codePointLength(text) + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    index[cp++] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) i++;
  }
  index[cp] = text.length;
  return index;
}
