import { describe, expect, it } from 'vitest';
import { codePointToUtf16 } from '../text/codepoints';
import { normalizeWithMap, toOriginalRange } from './offset-map';
import { normalizeArabic } from './normalize';
import { scanWords, tokenize, wordHash, words, type WordSink } from './tokenize';

/** The original text of a token, cut by its code-point offsets. */
function cut(text: string, start: number, end: number): string {
  return text.slice(codePointToUtf16(text, start), codePointToUtf16(text, end));
}

describe('tokenize', () => {
  it('gives each word its normalised form and its place in the original', () => {
    const text = 'قال «الإرهابُ» لـCNN';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['قال', 'الارهاب', 'ل', 'cnn']);
    expect(tokens.map((t) => cut(text, t.start, t.end))).toEqual(['قال', 'الإرهابُ', 'لـ', 'CNN']);
  });

  it('does not split words at diacritics, tatweel, ZWNJ or bidi marks', () => {
    expect(words('تُعتبر فعّالاً كـــوفيد')).toEqual(['تعتبر', 'فعالا', 'كوفيد']);
    expect(words('می\u200Cخواهم')).toEqual(['ميخواهم']);
    expect(words('\u200Fالأمم\u200F المتحدة')).toEqual(['الامم', 'المتحده']);
  });

  it('splits at punctuation, quotes of every kind, and between Arabic and Latin or digits', () => {
    expect(words('«الأمن»،"السلام"؛“العدل”: (الحرية)')).toEqual(['الامن', 'السلام', 'العدل', 'الحريه']);
    expect(words('في10شوال')).toEqual(['في', '10', 'شوال']);
    expect(words('كوفيد-١٩')).toEqual(['كوفيد', '19']);
    expect(words('MI6 F16 covid19')).toEqual(['mi6', 'f16', 'covid19']);
    expect(words('٣٦٠ درجة')).toEqual(['360', 'درجه']);
  });

  it('counts offsets in code points, past emoji and other astral characters', () => {
    const text = '👍 الإرهاب 𝐀𝐁 قال';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['الارهاب', '𝐀𝐁', 'قال']);
    expect(tokens[0].start).toBe(2);
    expect(tokens.map((t) => cut(text, t.start, t.end))).toEqual(['الإرهاب', '𝐀𝐁', 'قال']);
  });

  it('includes trailing marks in a word but not leading spaces or separators', () => {
    const text = 'السلامُ  عليكمْ';
    const [a, b] = tokenize(text);
    expect(cut(text, a.start, a.end)).toBe('السلامُ');
    expect(cut(text, b.start, b.end)).toBe('عليكمْ');
  });

  it('yields nothing for text with only diacritics, tatweel or punctuation', () => {
    expect(tokenize('ـــــ ً ٌ ٍ «» ... ؟')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });

  it('gives a word the same form as normalizeArabic gives it', () => {
    const text = 'وأكّدت مؤسسة «الأمم المتحدة» على أهمية مكافحة الإرهاب في آسيا الوسطى ٢٠١٨';
    for (const t of tokenize(text)) expect(t.norm).toBe(normalizeArabic(cut(text, t.start, t.end)));
  });

  it('copes with a long word and a long text', () => {
    const long = 'ب'.repeat(5000);
    expect(tokenize(long)).toEqual([{ start: 0, end: 5000, norm: long }]);
    const many = 'الإرهاب '.repeat(2000);
    expect(tokenize(many)).toHaveLength(2000);
  });
});

describe('normalizeWithMap', () => {
  it('maps every normalised character back to its original offset', () => {
    const original = 'تُعتبر كـوفيد';
    const map = normalizeWithMap(original);
    expect(map.text).toBe('تعتبر كوفيد');
    const i = map.text.indexOf('كوفيد');
    const range = toOriginalRange(map, i, i + 'كوفيد'.length);
    expect(cut(original, range.start, range.end)).toBe('كـوفيد');
    expect(toOriginalRange(map, 0, 1)).toEqual({ start: 0, end: 2 }); // ت + its damma
  });

  it('rejects a range outside the text', () => {
    expect(() => toOriginalRange(normalizeWithMap('abc'), 2, 9)).toThrow(/outside the text/);
  });
});

describe('scanWords', () => {
  it('gives every word its normalised units and their hash, the same as tokenize', () => {
    const text = 'تُعتبر كـوفيد-١٩ لـCNN في10شوال «الإرهاب» 👍 ‌والإرهاب\nMi6 𝐀𝐁';
    const seen: { norm: string; hash: number; start: number; end: number }[] = [];
    const sink: WordSink = {
      word(_text, _from, _to, start, end, _changed, units, length, hash) {
        seen.push({ norm: String.fromCharCode(...units.subarray(0, length)), hash, start, end });
      },
    };
    scanWords(text, sink);
    const tokens = tokenize(text);
    expect(seen.map((w) => w.norm)).toEqual(tokens.map((t) => t.norm));
    expect(seen.map((w) => [w.start, w.end])).toEqual(tokens.map((t) => [t.start, t.end]));
    for (const w of seen) expect(w.hash, w.norm).toBe(wordHash(w.norm));
    expect(new Set(seen.map((w) => w.hash)).size).toBe(new Set(seen.map((w) => w.norm)).size);
  });
});
