/**
 * The tokenizer's view of a character, on top of the normaliser's fold (normalize.ts): what
 * kind of character a folded code point is. Table-driven for the BMP, like the fold itself,
 * because indexing classifies every character of every article.
 */
export { DROPPED, foldCodePoint } from './normalize';

export const CharClass = {
  /** Punctuation, spaces, symbols, «» “” quotes: ends a word. */
  Separator: 0,
  /** A letter of the Arabic script. */
  Arabic: 1,
  /** Any other letter, or a digit. */
  Other: 2,
  /** A combining mark that survived folding (e.g. Latin accents in NFD text): joins its word. */
  Mark: 3,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const MARK = /\p{M}/u;
const ARABIC = /\p{Script=Arabic}/u;

function classify(ch: string): CharClass {
  if (LETTER.test(ch)) return ARABIC.test(ch) ? CharClass.Arabic : CharClass.Other;
  // Digits are folded to ASCII before classification, so ٣٦٠ and 360 are the same class.
  if (NUMBER.test(ch)) return CharClass.Other;
  if (MARK.test(ch)) return CharClass.Mark;
  return CharClass.Separator;
}

/** Not yet computed: the table fills itself on first sight of each character (see normalize.ts). */
const UNSET = 255;

let classes: Uint8Array | null = null;

/** Class of an already-folded code point. */
export function charClass(cp: number): CharClass {
  if (cp >= 0x10000) return classify(String.fromCodePoint(cp));
  const table = (classes ??= new Uint8Array(0x10000).fill(UNSET));
  const value = table[cp];
  if (value !== UNSET) return value as CharClass;
  // Surrogates only reach here unpaired: they separate words.
  const computed = cp >= 0xd800 && cp <= 0xdfff ? CharClass.Separator : classify(String.fromCharCode(cp));
  table[cp] = computed;
  return computed;
}
