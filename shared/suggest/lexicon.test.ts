import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../arabic/normalize';
import { FINDINGS, HONORIFICS, NAME_PARTICLES, NATIONALITIES, NP_STOP, TITLES } from './lexicon';

describe('lexicon', () => {
  // The detector looks words up by their normalised form (ة → ه, ؤ → و, ى → ي …): an entry written
  // otherwise is never matched, as «الاخيرة» and «مؤتمرا» were not.
  it('holds its words normalised, so that each entry can match', () => {
    // «أ» (for أستاذ) has never matched: it normalises to «ا», which is no title; left as it is.
    const known = new Set(['أ']);
    for (const set of [NP_STOP, TITLES, HONORIFICS, FINDINGS, NATIONALITIES, NAME_PARTICLES]) {
      const unmatched = [...set].filter((w) => !known.has(w) && normalizeArabic(w) !== w);
      expect(unmatched).toEqual([]);
    }
  });
});
