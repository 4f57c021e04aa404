import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './paragraphs';
import { sliceCodePoints } from '../anchors/quote-selector';

describe('paragraphs', () => {
  it('gives code-point offsets that slice back to each paragraph', () => {
    const text = 'العنوان\n\nفقرة أولى 😀 مع رمز.\n   \nSecond paragraph, in English.\nالأخيرة';
    const ps = splitParagraphs(text);
    expect(ps.map((p) => p.text)).toEqual(['العنوان', 'فقرة أولى 😀 مع رمز.', 'Second paragraph, in English.', 'الأخيرة']);
    for (const p of ps) expect(sliceCodePoints(text, p.start, p.end)).toBe(p.text);
  });
});
