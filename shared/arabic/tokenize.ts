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

/** Scratch buffer for words that folding changed (reused: scanning is synchronous). */
let scratch = new Uint16Array(256);

/**
 * Folded forms of words that folding changed (most Arabic words: أ ة ى, diacritics), keyed by
 * the word as written: building a string costs several times a lookup, and news vocabulary
 * repeats. Bounded; emptied when full.
 */
const FOLDED_LIMIT = 100_000;
let foldedWords = new Map<string, string>();

/**
 * What `scanWords` reports for each word. An object with a method rather than a callback: the
 * hot loop calls it once per word, and a class instance keeps that call cheap.
 */
export interface WordSink {
  /**
   * One word. `text.slice(from, to)` is the word as written (UTF-16 indices; dropped marks
   * inside it included); `start`/`end` are its code-point offsets (see `Token`). When folding
   * changed the word, `changed` is true and its normalised code units are `units[0, length)`
   * (valid only during the call); otherwise the slice is already the normalised word. The
   * normalised units are always `units[0, length)`, and `hash` is their FNV-1a hash: a sink
   * can look a word up without building a string for it (see search/word-table.ts).
   */
  word(text: string, from: number, to: number, start: number, end: number, changed: boolean, units: Uint16Array, length: number, hash: number): void;
}

/** The normalised word: a slice of the text when folding left it unchanged. */
export function normalizedWord(text: string, from: number, to: number, changed: boolean, units: Uint16Array, length: number): string {
  const raw = text.slice(from, to);
  if (!changed) return raw;
  let norm = foldedWords.get(raw);
  if (norm === undefined) {
    norm = fromCodeUnits(units, length);
    if (foldedWords.size >= FOLDED_LIMIT) foldedWords = new Map();
    foldedWords.set(raw, norm);
  }
  return norm;
}

/** FNV-1a, 32 bits (as a signed int: Math.imul's result). */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** The hash `scanWords` gives a word, for a normalised word given as a string. */
export function wordHash(norm: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < norm.length; i++) hash = Math.imul(hash ^ norm.charCodeAt(i), FNV_PRIME);
  return hash;
}

class TokenSink implements WordSink {
  readonly tokens: Token[] = [];
  word(text: string, from: number, to: number, start: number, end: number, changed: boolean, units: Uint16Array, length: number): void {
    this.tokens.push({ start, end, norm: normalizedWord(text, from, to, changed, units, length) });
  }
}

/**
 * Hot loop (every character of every article on import, and of each result page on search):
 * table lookups, no per-character strings, no closure over the loop's variables (V8 would
 * keep them in a heap context). Words go to `sink` as positions and code units: a sink that
 * only needs some of them (the indexer: a cached lookup per word) builds no Token objects.
 */
export function scanWords(text: string, sink: WordSink): void {
  const n = text.length;
  let offset = 0; // code points before position i
  let current: CharClass = CharClass.Separator;
  let start = 0; // code-point offset of the word
  let startIndex = 0; // UTF-16 index of the word
  let endIndex = 0; // UTF-16 index just past the word's last kept character
  let changed = false;
  let length = 0; // code units in scratch
  let hash = FNV_OFFSET; // FNV-1a of the word's normalised code units

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
        sink.word(text, startIndex, endIndex, start, offset, changed, scratch, length, hash);
        current = CharClass.Separator;
      }
      i += width - 1;
      continue;
    }
    if (current !== CharClass.Separator && cls !== CharClass.Mark && cls !== current) {
      // Arabic letters next to Latin letters or digits (لـCNN, في10): two words.
      sink.word(text, startIndex, endIndex, start, offset, changed, scratch, length, hash);
      current = CharClass.Separator;
    }
    if (current === CharClass.Separator) {
      // A surviving combining mark with no word before it starts a word of its own kind.
      current = cls === CharClass.Mark ? CharClass.Other : cls;
      start = offset;
      startIndex = i;
      changed = false;
      length = 0;
      hash = FNV_OFFSET;
    }
    if (folded !== cp) changed = true;
    if (length + 2 > scratch.length) {
      const bigger = new Uint16Array(scratch.length * 2);
      bigger.set(scratch);
      scratch = bigger;
    }
    if (folded >= 0x10000) {
      const high = 0xd800 + ((folded - 0x10000) >> 10);
      const low = 0xdc00 + ((folded - 0x10000) & 0x3ff);
      scratch[length++] = high;
      scratch[length++] = low;
      hash = Math.imul(Math.imul(hash ^ high, FNV_PRIME) ^ low, FNV_PRIME);
    } else {
      scratch[length++] = folded;
      hash = Math.imul(hash ^ folded, FNV_PRIME);
    }
    i += width - 1;
    endIndex = i + 1;
  }
  if (current !== CharClass.Separator) sink.word(text, startIndex, endIndex, start, offset, changed, scratch, length, hash);
}

export function tokenize(text: string): Token[] {
  const sink = new TokenSink();
  scanWords(text, sink);
  return sink.tokens;
}

/** Just the normalised words, for when offsets are not needed (e.g. a query). */
export function words(text: string): string[] {
  return tokenize(text.normalize('NFC')).map((t) => t.norm);
}

/** True when the word starts with a letter of the Arabic script (clitics and stems apply). */
export function isArabicWord(word: string): boolean {
  return word !== '' && charClass(word.codePointAt(0)!) === CharClass.Arabic;
}
