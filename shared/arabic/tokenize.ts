/**
 * Words of a text, each with its normalised form and its place in the ORIGINAL text.
 *
 * Folding happens before splitting, so what the normaliser drops (tashkeel, tatweel, ZWNJ and
 * bidi controls) never splits a word: تُعتبر, كـوفيد and a ZWNJ-joined word are one word each.
 * Punctuation, spaces and quotes («» “” "") split words, and so does a change of script
 * between Arabic letters and Latin letters or digits: لـCNN is ل + cnn, في10شوال is
 * في + 10 + شوال. Latin letters and digits stay together (mi6, f16).
 *
 * Offsets are Unicode code points into the string as given (Daftar's unit everywhere); the
 * text is expected to be NFC, as imported articles are. A word's `end` runs up to the next
 * kept character, so marks and tatweel at the end of a word belong to it when it is marked.
 */
import { CharClass, charClass, DROPPED, foldCodePoint } from './fold';
import { fromCodeUnits } from './normalize';

export interface Token {
  /** Code-point offset of the first character of the word in the original text. */
  start: number;
  /** Code-point offset just past the word (exclusive). */
  end: number;
  /** The normalised word (normalizeArabic of the word, without separators). */
  norm: string;
}

/** Scratch buffer for words that folding changed (reused: tokenize is synchronous). */
let scratch = new Uint16Array(256);

/**
 * Folded forms of words that folding changed (most Arabic words: أ ة ى, diacritics), keyed by
 * the word as written: building a string costs several times a lookup, and news vocabulary
 * repeats. Bounded; emptied when full.
 */
const FOLDED_LIMIT = 100_000;
let foldedWords = new Map<string, string>();

/** The normalised word: a slice of the text when folding left it unchanged. */
function wordAt(text: string, from: number, to: number, changed: boolean, length: number): string {
  const raw = text.slice(from, to);
  if (!changed) return raw;
  let norm = foldedWords.get(raw);
  if (norm === undefined) {
    norm = fromCodeUnits(scratch, length);
    if (foldedWords.size >= FOLDED_LIMIT) foldedWords = new Map();
    foldedWords.set(raw, norm);
  }
  return norm;
}

/**
 * Hot loop (every character of every article on import, and of each result page on search):
 * table lookups, no per-character strings, no closure over the loop's variables (V8 would
 * keep them in a heap context). A word that folding leaves unchanged is a slice
 * of the original; only changed words are rebuilt from code units.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let offset = 0; // code points before position i
  let current: CharClass = CharClass.Separator;
  let start = 0; // code-point offset of the word
  let startIndex = 0; // UTF-16 index of the word
  let endIndex = 0; // UTF-16 index just past the word's last kept character
  let changed = false;
  let length = 0; // code units in scratch

  for (let i = 0; i < n; i++, offset++) {
    let cp = text.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const folded = foldCodePoint(cp);
    if (folded === DROPPED) {
      // Dropped inside a word (تُعتبر, كـوفيد): the word is no longer a plain slice.
      if (current !== CharClass.Separator) changed = true;
      i += width - 1;
      continue;
    }
    const cls = charClass(folded);
    if (cls === CharClass.Separator) {
      if (current !== CharClass.Separator) {
        tokens.push({ start, end: offset, norm: wordAt(text, startIndex, endIndex, changed, length) });
        current = CharClass.Separator;
      }
      i += width - 1;
      continue;
    }
    if (current !== CharClass.Separator && cls !== CharClass.Mark && cls !== current) {
      // Arabic letters next to Latin letters or digits (لـCNN, في10): two words.
      tokens.push({ start, end: offset, norm: wordAt(text, startIndex, endIndex, changed, length) });
      current = CharClass.Separator;
    }
    if (current === CharClass.Separator) {
      // A surviving combining mark with no word before it starts a word of its own kind.
      current = cls === CharClass.Mark ? CharClass.Other : cls;
      start = offset;
      startIndex = i;
      changed = false;
      length = 0;
    }
    if (folded !== cp) changed = true;
    if (length + 2 > scratch.length) {
      const bigger = new Uint16Array(scratch.length * 2);
      bigger.set(scratch);
      scratch = bigger;
    }
    if (folded >= 0x10000) {
      scratch[length++] = 0xd800 + ((folded - 0x10000) >> 10);
      scratch[length++] = 0xdc00 + ((folded - 0x10000) & 0x3ff);
    } else scratch[length++] = folded;
    i += width - 1;
    endIndex = i + 1;
  }
  if (current !== CharClass.Separator) {
    tokens.push({ start, end: offset, norm: wordAt(text, startIndex, endIndex, changed, length) });
  }
  return tokens;
}

/** Just the normalised words, for when offsets are not needed (e.g. a query). */
export function words(text: string): string[] {
  return tokenize(text.normalize('NFC')).map((t) => t.norm);
}

/** True when the word starts with a letter of the Arabic script (clitics and stems apply). */
export function isArabicWord(word: string): boolean {
  return word !== '' && charClass(word.codePointAt(0)!) === CharClass.Arabic;
}
