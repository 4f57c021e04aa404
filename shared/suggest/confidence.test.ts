import { describe, expect, it } from 'vitest';
import { confidenceFrom, confidenceOf, DEFAULT_MIN_CONFIDENCE, oddName, type Evidence } from './confidence';
import { detectStatements, detectWithEvidence } from './detect';

/** Evidence of a plain «قال X إن …» with a name (written for these tests). */
const plain: Evidence = { cueKind: 'verb', cueBase: 'قال', content: 'complementiser', via: 'named', spanWords: 10, speakerWords: 2, distance: 4, sinceSpoke: -1, speakerName: 'أيمن الصفدي' };

describe('confidence: the table', () => {
  it('ranks a named speaker with a quotation above a pronoun, a title alone, and short content', () => {
    const quote = confidenceOf({ ...plain, content: 'quote' });
    const pronoun = confidenceOf({ ...plain, via: 'pronoun' });
    const title = confidenceOf({ ...plain, via: 'title-only' });
    const short = confidenceOf({ ...plain, via: 'title-only', spanWords: 2 });
    expect(quote).toBeGreaterThan(pronoun);
    expect(pronoun).toBeGreaterThan(title);
    expect(title).toBeGreaterThan(short);
    expect(quote).toBeLessThanOrEqual(0.99);
    expect(short).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
  });

  it('marks a speaker phrase with a particle, a verb or a joined noun as misread', () => {
    expect(oddName('قد سعت')).toBe(true);
    expect(oddName('يقوله')).toBe(true);
    expect(oddName('بوتين والحديث')).toBe(true);
    expect(oddName('البحرينية')).toBe(true);
    expect(oddName('أيمن الصفدي')).toBe(false);
    expect(oddName('علي النقيدان')).toBe(false);
    expect(oddName('جماعات يسارية متطرفة')).toBe(false);
    expect(oddName('قناة سي إن إن')).toBe(false);
    // Round 35: a body's own name joins nouns with و (after a word of the name that is no adjective).
    expect(oddName('وزارة العمل والتنمية الاجتماعية')).toBe(false);
    expect(oddName('الهيئة العامة للغذاء والدواء')).toBe(false);
    expect(oddName('المرصد السوري والإعلام الرسمي')).toBe(true);
    expect(oddName('الجيش والشرطة')).toBe(true);
    expect(confidenceOf({ ...plain, speakerName: 'قد سعت' })).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
  });

  it('gives the same confidence for the same evidence, between 0.05 and 0.99', () => {
    for (const via of ['named', 'weak', 'title-only', 'pronoun'] as const) {
      const c = confidenceOf({ ...plain, via, spanWords: 1, distance: 40, speakerName: 'في' });
      expect(c).toBeGreaterThanOrEqual(0.05);
      expect(c).toBe(confidenceOf({ ...plain, via, spanWords: 1, distance: 40, speakerName: 'في' }));
    }
  });
});

describe('confidence: the threshold in detectStatements', () => {
  const text = 'قال وزير الخارجية أيمن الصفدي إن الحوار هو الطريق الوحيد لحل الأزمة.\nوقال المدير إن الهجوم فشل.';

  it('leaves out suggestions under the default threshold and keeps them with minConfidence 0', () => {
    const all = detectWithEvidence(text);
    expect(all.map((s) => s.evidence.via)).toEqual(['named', 'title-only']);
    expect(all[1]!.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
    expect(detectStatements(text).map((s) => s.speaker?.name)).toEqual(['أيمن الصفدي']);
    expect(detectStatements(text, { minConfidence: 0 })).toHaveLength(2);
    expect(detectStatements(text, { minConfidence: 1 })).toEqual([]);
  });

  it('reports the calibrated confidence on each suggestion, not the rule order used to settle overlaps', () => {
    const [s] = detectStatements(text);
    expect(s!.confidence).toBe(confidenceOf(detectWithEvidence(text)[0]!.evidence));
    expect(Object.keys(s!)).not.toContain('evidence');
  });
});

describe('confidence: fitted on unseen errors (round 5)', () => {
  it('doubts a title resolved back or a sentence subject when that person has not spoken before', () => {
    for (const via of ['title-back', 'sentence-subject'] as const) {
      const first = confidenceOf({ ...plain, via, sinceSpoke: -1 });
      const again = confidenceOf({ ...plain, via, sinceSpoke: 1 });
      expect(first).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
      expect(again).toBeGreaterThan(first);
      expect(again).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
    }
  });

  it('puts nominal content and a pronoun continuation below a named speaker with إن', () => {
    const named = confidenceOf(plain);
    expect(confidenceOf({ ...plain, content: 'nominal' })).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
    expect(confidenceOf({ ...plain, via: 'pronoun', sinceSpoke: 1 })).toBeLessThan(named);
    expect(confidenceOf({ ...plain, speakerWords: 6 })).toBeLessThan(named);
  });

  it('gives the same figure from stored evidence without the name (confidenceFrom)', () => {
    const { speakerName: _n, ...rest } = plain;
    expect(confidenceFrom(rest, false)).toBe(confidenceOf(plain));
    expect(confidenceFrom(rest, true)).toBe(confidenceOf({ ...plain, speakerName: 'قد سعت' }));
  });
});
