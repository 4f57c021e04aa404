import { describe, expect, it } from 'vitest';
import { codePointToUtf16 } from '../text/codepoints';
import { tokenize } from '../arabic/tokenize';
import { findHits, findHitsInTokens } from './match';
import { parseQuery } from './query';
import { makeSnippet } from './snippet';

// Our own sentences (no corpus text), diacritised and with clitics, tatweel and quotes.
const TEXT = [
  'أكّد الوزيرُ أنّ الإرهابَ لا دين له، وأنّ مكافحة الإرهاب مسؤولية مشتركة.',
  'وقال إنّ للإرهاب وجوهاً كثيرة، ودعا إلى التصدي للإرهابيين والإرهاب الإلكتروني.',
  'وتُعتبر جائحة كـوفيد-١٩ تحدياً آخر، وقد أعلنت CNN أنّ ٣٦٠ حالة سُجّلت.',
  'وأكد «مجلس الأمن» دعمه، فيما دعا مجلس حقوق الإنسان إلى الأمن والسلام.',
].join('\n');

const hitTexts = (text: string, query: string): string[] =>
  findHits(text, parseQuery(query)).map((h) => text.slice(codePointToUtf16(text, h.start), codePointToUtf16(text, h.end)));

describe('findHits', () => {
  it('marks every form of the word, in the original diacritised text', () => {
    expect(hitTexts(TEXT, 'الارهاب')).toEqual(['الإرهابَ', 'الإرهاب', 'للإرهاب', 'للإرهابيين', 'والإرهاب']);
  });

  it('matches a word typed without diacritics, tatweel or Arabic-Indic digits', () => {
    expect(hitTexts(TEXT, 'تعتبر')).toEqual(['وتُعتبر']);
    expect(hitTexts(TEXT, 'كوفيد')).toEqual(['كـوفيد']);
    expect(hitTexts(TEXT, '360')).toEqual(['٣٦٠']);
    expect(hitTexts(TEXT, '٣٦٠')).toEqual(['٣٦٠']);
    expect(hitTexts(TEXT, 'cnn')).toEqual(['CNN']);
  });

  it('marks a phrase as one stretch, and only where the words are adjacent', () => {
    expect(hitTexts(TEXT, '"مجلس الأمن"')).toEqual(['مجلس الأمن']);
    expect(hitTexts(TEXT, '"مكافحة الإرهاب"')).toEqual(['مكافحة الإرهاب']);
  });

  it('marks prefixes, OR alternatives, and never excluded words', () => {
    expect(hitTexts(TEXT, 'إرهابي*')).toEqual(['للإرهابيين']);
    expect(hitTexts(TEXT, 'كوفيد OR CNN')).toEqual(['كـوفيد', 'CNN']);
    expect(hitTexts(TEXT, 'الأمن -السلام')).toEqual(['الأمن', 'الأمن']);
  });

  it('gives the hits of the plain path (every token kept) for words, prefixes, phrases and mixes', () => {
    // findHits keeps only candidate words when no term is a phrase; this is the reference.
    const tokens = tokenize(TEXT);
    const queries = ['الارهاب', 'الإرهاب OR مجلس', 'الإرهابي*', 'مجلس الأمن', '"مجلس الأمن"', '"مجلس الأمن" كوفيد', 'cnn ٣٦٠', 'الأمن -كوفيد', 'ال*', 'دعا*'];
    for (const q of queries) expect(findHits(TEXT, parseQuery(q)), q).toEqual(findHitsInTokens(tokens, parseQuery(q)));
  });

  it('finds nothing for a query with nothing to search', () => {
    expect(findHits(TEXT, parseQuery('ـــ'))).toEqual([]);
    expect(findHits(TEXT, parseQuery('-الإرهاب'))).toEqual([]);
  });

  it('does not mark unrelated words that share letters', () => {
    expect(hitTexts('وزير الداخلية زار الموقع', 'زير')).toEqual(['وزير']); // و + زير is a possible reading…
    expect(hitTexts('زار الزير', 'وزير')).toEqual([]); // …but وزير never marks زير
  });
});

describe('makeSnippet', () => {
  it('cuts a window around the first hit with the marks relative to it', () => {
    const hits = findHits(TEXT, parseQuery('كوفيد'));
    const snippet = makeSnippet(TEXT, hits, { before: 20, length: 80 });
    const [mark] = snippet.marks;
    expect(snippet.text.slice(codePointToUtf16(snippet.text, mark.start), codePointToUtf16(snippet.text, mark.end))).toBe('كـوفيد');
    expect(snippet.start).toBeGreaterThan(0);
    expect(snippet.end - snippet.start).toBeLessThanOrEqual(80);
    expect(snippet.text).not.toMatch(/\n/);
  });

  it('starts at a word boundary and shows the opening when there is no hit', () => {
    const snippet = makeSnippet(TEXT, [], { length: 30 });
    expect(snippet.start).toBe(0);
    expect(snippet.marks).toEqual([]);
    expect(TEXT.startsWith(snippet.text)).toBe(true);
    expect(TEXT[snippet.text.length]).toMatch(/\s/);
  });

  it('counts code points when the text has emoji', () => {
    const text = '👍👍 نص قصير عن كوفيد هنا';
    const hits = findHits(text, parseQuery('كوفيد'));
    const snippet = makeSnippet(text, hits);
    expect(snippet.marks).toHaveLength(1);
    const cps = [...snippet.text];
    expect(cps.slice(snippet.marks[0].start, snippet.marks[0].end).join('')).toBe('كوفيد');
  });
});
