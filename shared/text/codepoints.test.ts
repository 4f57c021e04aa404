import { describe, expect, it } from 'vitest';
import { codePointIndex, codePointLength, codePointToUtf16, utf16ToCodePoint } from './codepoints';

describe('code points and UTF-16', () => {
  const text = 'أ😀b𝕏ـج'; // Arabic, emoji (astral), Latin, math letter (astral), tatweel, Arabic

  it('counts code points', () => {
    expect(codePointLength(text)).toBe(6);
    expect(text.length).toBe(8);
    expect(codePointLength('')).toBe(0);
  });

  it('converts both ways for every boundary', () => {
    const cps = [...text];
    let utf16 = 0;
    for (let cp = 0; cp <= cps.length; cp++) {
      expect(codePointToUtf16(text, cp)).toBe(utf16);
      expect(utf16ToCodePoint(text, utf16)).toBe(cp);
      utf16 += cps[cp]?.length ?? 0;
    }
  });

  it('treats an index inside a surrogate pair as the start of that character', () => {
    expect(utf16ToCodePoint(text, 2)).toBe(1);
    expect(codePointToUtf16(text, 100)).toBe(text.length);
  });

  it('indexes every code point boundary in one pass (a lone surrogate counts as one)', () => {
    const index = codePointIndex(text);
    expect(index).toHaveLength(codePointLength(text) + 1);
    for (let cp = 0; cp <= codePointLength(text); cp++) expect(index[cp]).toBe(codePointToUtf16(text, cp));
    expect([...codePointIndex('a\uD800b')]).toEqual([0, 1, 2, 3]);
    expect([...codePointIndex('')]).toEqual([0]);
  });
});
