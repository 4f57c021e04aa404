import { describe, expect, it } from 'vitest';
import { createAnchor, findAll, sliceCodePoints, verifyAnchor } from './quote-selector';

const TEXT = 'قال الأمين العام 😀 إن «التعاون الدولي» ضروري.\nوأضاف أن التعاون الدولي مستمر مع UNODC منذ 2016.';

describe('anchors', () => {
  it('slices by code points, across astral characters', () => {
    const start = [...TEXT].indexOf('إ');
    expect(sliceCodePoints(TEXT, start, start + 2)).toBe('إن');
    expect(sliceCodePoints(TEXT, 17, 18)).toBe('😀');
  });

  it('creates a quote with prefix and suffix', () => {
    const cps = [...TEXT];
    const start = cps.indexOf('«');
    const a = createAnchor(TEXT, start, start + 16);
    expect(a.exact).toBe('«التعاون الدولي»');
    expect(a.prefix.endsWith('😀 إن ')).toBe(true);
    expect(a.suffix.startsWith(' ضروري.')).toBe(true);
  });

  it('verifies an anchor at its place and reports a moved one without moving it', () => {
    const cps = [...TEXT];
    const start = cps.indexOf('«') + 1;
    const a = createAnchor(TEXT, start, start + 14);
    expect(verifyAnchor(TEXT, a)).toEqual({ status: 'ok' });
    const shifted = 'مقدمة جديدة. ' + TEXT;
    const check = verifyAnchor(shifted, a);
    expect(check.status).toBe('moved');
    if (check.status === 'moved') {
      expect(sliceCodePoints(shifted, check.candidate.start, check.candidate.end)).toBe('التعاون الدولي');
      // The first occurrence (with the matching prefix «), not the second one.
      expect(check.candidate.start).toBe(start + [...'مقدمة جديدة. '].length);
    }
    expect(verifyAnchor('نص آخر تماما', a)).toEqual({ status: 'missing' });
  });

  it('finds all occurrences in code points', () => {
    const all = findAll(TEXT, 'التعاون الدولي');
    expect(all).toHaveLength(2);
    for (const p of all) expect(sliceCodePoints(TEXT, p.start, p.end)).toBe('التعاون الدولي');
    expect(findAll(TEXT, '')).toEqual([]);
  });
});
