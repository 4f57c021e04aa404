import { describe, expect, it } from 'vitest';
import { toFtsMatch } from './fts';
import { describeNote } from './notes';
import { MAX_TERMS, parseQuery, type ParsedQuery } from './query';

/** The notes as the CLI prints them. */
const english = (q: ParsedQuery): string => q.notes.map(describeNote).join(' ');

describe('parseQuery', () => {
  it('reads words as AND, quoted text as phrases, OR, exclusions and prefixes', () => {
    const q = parseQuery('الإرهاب "مجلس الأمن" سوريا OR العراق -داعش اقتصاد*');
    expect(q.all).toEqual([
      [{ kind: 'word', word: 'الارهاب' }],
      [{ kind: 'phrase', words: ['مجلس', 'الامن'] }],
      [
        { kind: 'word', word: 'سوريا' },
        { kind: 'word', word: 'العراق' },
      ],
      [{ kind: 'prefix', prefix: 'اقتصاد' }],
    ]);
    expect(q.none).toEqual([{ kind: 'word', word: 'داعش' }]);
    expect(q.notes).toEqual([]);
  });

  it('accepts Arabic and typographic quotes for phrases', () => {
    for (const query of ['«ولي العهد»', '“ولي العهد”', '"ولي العهد"']) {
      expect(parseQuery(query).all).toEqual([[{ kind: 'phrase', words: ['ولي', 'العهد'] }]]);
    }
  });

  it('treats a word split by a hyphen or a dot as a phrase (كوفيد-19, 1.5)', () => {
    expect(parseQuery('كوفيد-19').all).toEqual([[{ kind: 'phrase', words: ['كوفيد', '19'] }]]);
  });

  it('reads field filters, in English or Arabic', () => {
    const q = parseQuery('النفط source:BBC مصدر:"سكاي نيوز" date:2018-03..2018-06 تاريخ:٢٠١٨ speaker:غوتيريش theme:أمن');
    expect(q.all).toEqual([[{ kind: 'word', word: 'النفط' }]]);
    expect(q.filters.sources).toEqual(['BBC', 'سكاي نيوز']);
    expect(q.filters.dates).toEqual([{ from: '2018-03', to: '2018-06' }, { from: '2018', to: '2018' }]);
    expect(q.filters.speakers).toEqual(['غوتيريش']);
    expect(q.filters.themes).toEqual(['أمن']);
  });

  it('reads open date ranges and explains bad dates', () => {
    expect(parseQuery('date:2018-05..').filters.dates).toEqual([{ from: '2018-05' }]);
    expect(parseQuery('date:..2018').filters.dates).toEqual([{ to: '2018' }]);
    expect(parseQuery('date:2018/05/01').filters.dates).toEqual([{ from: '2018-05-01', to: '2018-05-01' }]);
    const bad = parseQuery('سوريا date:May');
    expect(bad.filters.dates).toEqual([]);
    expect(english(bad)).toMatch(/date:May/);
    expect(english(parseQuery('date:2019..2018'))).toMatch(/ends before it starts/);
  });

  it('keeps a colon that is not a known field as text (10:30)', () => {
    expect(parseQuery('10:30').all).toEqual([[{ kind: 'phrase', words: ['10', '30'] }]]);
    expect(parseQuery('foo:bar').all).toEqual([[{ kind: 'phrase', words: ['foo', 'bar'] }]]);
  });

  it('reads NOT as an exclusion and ignores AND', () => {
    expect(parseQuery('الإرهاب NOT داعش').none).toEqual([{ kind: 'word', word: 'داعش' }]);
    expect(parseQuery('الإرهاب AND داعش').all).toHaveLength(2);
  });

  it('searches a short prefix as a whole word, with a note', () => {
    const q = parseQuery('ا*');
    expect(q.all).toEqual([[{ kind: 'word', word: 'ا' }]]);
    expect(english(q)).toMatch(/too short/);
  });
});

/** Inputs the issue names, and some more: never an exception, always a note or a search. */
const BAD_INPUTS = [
  '"مجلس الأمن',
  'مجلس الأمن"',
  '"""',
  '«',
  '-',
  '- -- ---',
  'NEAR(الإرهاب سوريا)',
  'الإرهاب AND',
  'OR',
  'OR OR سوريا OR',
  '* ^ : :: ^الإرهاب*',
  'stem:الإرهاب bare:x',
  'source:',
  'date:',
  'ًٌٍَُِّْ',
  'ـــــــ',
  '()[]{}',
  '"',
  'NOT',
  '-الإرهاب',
  '"" -"" *"',
  'x'.repeat(5000),
  'الإرهاب '.repeat(700),
  '\u0000\u0001\uFFFF\uD800',
];

describe('bad input', () => {
  it.each(BAD_INPUTS.map((q) => [q.length > 40 ? `${q.slice(0, 30)}… (${q.length} chars)` : q, q]))('%s', (_label, query) => {
    const q = parseQuery(query);
    const match = toFtsMatch(q);
    if (match === null || match === false) {
      // Nothing positive to search: there must be a reason the UI can show, or no text at all.
      const hasText = /[\p{L}\p{N}]/u.test(query) || q.none.length > 0;
      if (hasText && q.none.length === 0) expect(q.notes.length).toBeGreaterThan(0);
    } else {
      // Every term is a double-quoted index form: no bare operators from the user's text.
      const outsideQuotes = match.replace(/"(?:[^"]|"")*"/g, '');
      expect(outsideQuotes).toMatch(/^[\s()*:]*(?:(?:stem|\{stem bare\}|OR|AND|NOT)[\s()*:]*)*$/);
    }
  });

  it('explains what it did with an unbalanced quote', () => {
    const q = parseQuery('"مجلس الأمن');
    expect(q.all).toEqual([[{ kind: 'phrase', words: ['مجلس', 'الامن'] }]]);
    expect(english(q)).toMatch(/closing quote/);
  });

  it('explains a lone "-" and only-diacritic input', () => {
    expect(english(parseQuery('-'))).toMatch(/lone “-”/);
    expect(english(parseQuery('ًٌٍ'))).toMatch(/no letters or digits/);
    expect(english(parseQuery('ـــ'))).toMatch(/no letters or digits/);
  });

  it('caps a very long query at MAX_TERMS words and says so', () => {
    const q = parseQuery('سوريا '.repeat(1000));
    expect(q.all).toHaveLength(MAX_TERMS);
    expect(english(q)).toMatch(/first 32 words/);
  });
});
