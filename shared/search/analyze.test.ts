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
      // The bare column: each form once, only where it differs from the stem.
      const bares = [...new Set(tokens.map((t) => wordForms(t.norm)).filter((f) => f.bare !== f.stem).map((f) => f.bare))];
      expect(forms.bare).toBe(bares.join(' '));
      expect(bares).toEqual(['ارهابيه', 'ولايه']);
    }
  });

  it('keeps every stem a prefix of its bare form, so a prefix search over both columns finds every word', () => {
    // fts.ts searches prefixes in {stem bare}; the bare column leaves out forms equal to their stem.
    const words = 'الإرهابيين والإرهاب للدم الألعاب بالغة وزارات مدرستها فلسطينيون إيران لبنان الدولة covid19'.split(' ');
    for (const w of words) {
      const { stem, bare } = wordForms(tokenize(w)[0].norm);
      expect(bare.startsWith(stem), `${w}: ${stem} / ${bare}`).toBe(true);
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
