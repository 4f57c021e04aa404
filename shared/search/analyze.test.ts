import { describe, expect, it } from 'vitest';
import { tokenize } from '../arabic/tokenize';
import { indexForms, wordForms } from './analyze';
import { WordTable } from './word-table';

describe('indexForms', () => {
  it('is the forms of each token in order, whether a word was seen before or not', () => {
    // Repeats (found in the word table), folding (أ ة ـ ً), digits, Latin, a new word last.
    const text = 'الإرهابُ والإرهاب للإرهاب الإرهاب كـوفيد ٣٦٠ CNN الإرهابية مجلسٌ مجلس سوريا ولاية';
    for (let round = 0; round < 2; round++) {
      const forms = indexForms(text);
      const tokens = tokenize(text);
      expect(forms.words).toBe(tokens.length);
      expect(forms.stem).toBe(tokens.map((t) => wordForms(t.norm).stem).join(' '));
      expect(forms.bare).toBe(tokens.map((t) => wordForms(t.norm).bare).join(' '));
    }
  });
});

describe('WordTable', () => {
  const units = (word: string) => Uint16Array.from(word, (c) => c.charCodeAt(0));
  it('finds a word by its units and hash only when both match', () => {
    const table = new WordTable();
    const forms = { stem: 'ارهاب', bare: 'ارهاب' };
    table.set('ارهاب', 42, forms);
    expect(table.get(units('ارهاب'), 5, 42)).toBe(forms);
    expect(table.get(units('ارهاب'), 5, 43)).toBeUndefined(); // another hash
    expect(table.get(units('ارهان'), 5, 42)).toBeUndefined(); // a collision with other letters
    expect(table.get(units('ارهاب'), 4, 42)).toBeUndefined(); // a prefix of it
    table.clear();
    expect(table.get(units('ارهاب'), 5, 42)).toBeUndefined();
  });
});
