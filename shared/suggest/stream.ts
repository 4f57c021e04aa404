/**
 * The detector's view of an article: words (normalised, from shared/arabic/tokenize) and the
 * punctuation that matters for reported speech, in one list ordered by position, each with its
 * code-point offsets, its sentence and paragraph, and (for quote marks) the index of the mark
 * that closes it. Built in one linear pass plus the tokenizer's; everything after works on it.
 */
import { tokenize } from '../arabic/tokenize';
import { leadsToSpeech, VAN, vanParticle } from './lexicon';

export const enum K {
  Word = 0,
  /** . ! ? ؟ … (a full stop between digits is a decimal point, not an item). */
  End = 1,
  Comma = 2,
  Colon = 3,
  Open = 4,
  Close = 5,
  ParenOpen = 6,
  ParenClose = 7,
  /** A line break: ends the sentence and the paragraph. */
  Break = 8,
  /** ; ؛ - – — */
  Other = 9,
}

export interface Item {
  k: K;
  /** The normalised word, or the punctuation character. */
  s: string;
  start: number;
  end: number;
  sentence: number;
  paragraph: number;
  /** For K.Open: index of the closing mark in the same paragraph, or -1 (never closed). */
  match: number;
}

const PUNCT: Record<string, K> = {
  '.': K.End, '!': K.End, '?': K.End, '؟': K.End, '…': K.End,
  '،': K.Comma, ',': K.Comma,
  ':': K.Colon,
  '(': K.ParenOpen, ')': K.ParenClose, '[': K.ParenOpen, ']': K.ParenClose,
  ';': K.Other, '؛': K.Other, '-': K.Other, '–': K.Other, '—': K.Other,
  '\n': K.Break,
  // Quote marks: direction decided below (« » are directional; " and “ ” pair up in turn).
  '«': K.Open, '»': K.Close, '“': K.Open, '”': K.Close, '"': K.Open, '„': K.Open,
};

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

const LETTER = /\p{L}/u;

/** Latin letters as Arabic spells them (سي، إل، اس، جي، إف …), when written as an initial with a full stop. */
export const INITIALS: ReadonlySet<string> = new Set(['سي', 'إل', 'ال', 'اس', 'إس', 'جي', 'إف', 'اف', 'إم', 'ام', 'إن', 'دي', 'تي', 'بي', 'كي', 'أو', 'او', 'آر', 'إي', 'اي', 'جاي']);

/**
 * «بي.إف.إم»، «أ.ف.ب»: a full stop between letters after a part of at most three letters is an
 * abbreviation's, and so is one after د/م/أ alone before a name (د. التميمي), not a sentence end («الفيضانات.وسعى», a missing space, still ends the sentence).
 */
function abbreviation(text: string, i: number): boolean {
  // «د. التميمي»، «م. خالد»، «أ. سامي»: a title's one-letter abbreviation before a name; «جون سي.
  // دميرس»، «ميليسا إل. هاريس»، «اس. جيمس»: a Latin initial spelled in one or two letters inside a name.
  if (i >= 1 && text[i + 1] === ' ' && LETTER.test(text[i + 2] ?? '')) {
    let k = i;
    while (k > 0 && LETTER.test(text[k - 1]!)) k--;
    const word = text.slice(k, i);
    if (word.length === 1 && 'دمأ'.includes(word)) return true;
    if (word.length === 2 && INITIALS.has(word)) return true;
  }
  if (i + 1 >= text.length || !LETTER.test(text[i + 1]!)) return false;
  let k = i;
  while (k > 0 && LETTER.test(text[k - 1]!)) k--;
  return i - k >= 1 && i - k <= 3;
}

/** Punctuation items with code-point offsets (sentence/paragraph/match filled in later). */
function punctuation(text: string): Item[] {
  const out: Item[] = [];
  let cp = 0;
  const n = text.length;
  for (let i = 0; i < n; i++, cp++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      continue;
    }
    // Cheap filter: every mark of interest is below U+0080 or one of a few known characters.
    if (c > 0x7f && c !== 0xab && c !== 0xbb && c !== 0x60c && c !== 0x61b && c !== 0x61f && (c < 0x2013 || c > 0x201e) && c !== 0x2026) continue;
    const ch = text[i]!;
    const k = PUNCT[ch];
    if (k === undefined) continue;
    if (ch === '.' && i > 0 && i + 1 < n && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    if (ch === '.' && abbreviation(text, i)) continue;
    // A run of full stops ("...") is one sentence end.
    if (k === K.End && out.length && out[out.length - 1]!.k === K.End && out[out.length - 1]!.end === cp) {
      out[out.length - 1]!.end = cp + 1;
      continue;
    }
    out.push({ k, s: ch, start: cp, end: cp + 1, sentence: 0, paragraph: 0, match: -1 });
  }
  return out;
}

/** Nesting deeper than this is not speech any more; deeper marks are left unmatched. */
const MAX_DEPTH = 8;

/** Is the straight quote mark at i shaped as an opener after words that introduce speech? */
function opensQuotation(items: Item[], i: number): boolean {
  const prev = items[i - 1];
  const next = items[i + 1];
  if (!prev || !next || next.k !== K.Word || next.start !== items[i]!.end || prev.end === items[i]!.start) return false;
  return prev.k === K.Colon || (prev.k === K.Word && leadsToSpeech(prev.s));
}

/** Pair quote marks within each paragraph; fill in sentence and paragraph numbers. */
function structure(items: Item[]): void {
  let sentence = 0;
  let paragraph = 0;
  let guillemets: number[] = [];
  let straight = -1; // index of an open "
  let curly = -1; // index of an open “ (or ” used as an opener)
  const closeParagraph = () => {
    guillemets = [];
    straight = -1;
    curly = -1;
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    it.sentence = sentence;
    it.paragraph = paragraph;
    if (it.k === K.Break) {
      sentence++;
      paragraph++;
      closeParagraph();
      continue;
    }
    if (it.k === K.End) {
      // A full stop inside an open quotation does not end the reported sentence.
      if (guillemets.length === 0 && straight < 0 && curly < 0) sentence++;
      continue;
    }
    if (it.s === '"') {
      // «وقال دوروف "آلاف …  وأضاف "هذا …"»: a mark with a space before it and a word glued after it,
      // right after a cue, إن/أن or a colon, opens a new quotation: the open one was never closed.
      if (straight >= 0 && opensQuotation(items, i)) {
        it.k = K.Open;
        straight = i;
      } else if (straight >= 0) {
        it.k = K.Close;
        items[straight]!.match = i;
        straight = -1;
      } else {
        it.k = K.Open;
        straight = i;
      }
    } else if (it.s === '“' || it.s === '”' || it.s === '„') {
      // Arabic text often swaps the curly pair; what counts is which one comes first.
      if (curly >= 0) {
        it.k = K.Close;
        items[curly]!.match = i;
        curly = -1;
      } else {
        it.k = K.Open;
        curly = i;
      }
    } else if (it.s === '«') {
      if (guillemets.length < MAX_DEPTH) guillemets.push(i);
    } else if (it.s === '»') {
      const open = guillemets.pop();
      if (open !== undefined) items[open]!.match = i;
      // «"ليست مشبوهة.. كان العلم يرفرف»: a quotation opened with " and closed with ».
      else if (straight >= 0) {
        items[straight]!.match = i;
        straight = -1;
      } else if (curly >= 0) {
        items[curly]!.match = i;
        curly = -1;
      }
    }
  }
}

export function buildStream(text: string): Item[] {
  const words: Item[] = tokenize(text).map((t) => ({ k: K.Word, s: t.norm, start: t.start, end: t.end, sentence: 0, paragraph: 0, match: -1 }));
  const marks = punctuation(text);
  // Merge two position-ordered lists.
  const items: Item[] = new Array(words.length + marks.length);
  let a = 0;
  let b = 0;
  let o = 0;
  while (a < words.length || b < marks.length) {
    if (b >= marks.length || (a < words.length && words[a]!.start < marks[b]!.start)) items[o++] = words[a++]!;
    else items[o++] = marks[b++]!;
  }
  // «كشف لويس فان جال أن» (round 39): «van» in a name, set apart from فإن (written with its hamza, or
  // after a comma, or before a definite subject, it stays فإن).
  // (Offsets count code points: with a surrogate pair in the text, slice by code points.)
  const astral = /[\uD800-\uDFFF]/.test(text);
  let points: string[] | null = null;
  const raw = (a: number, b: number) => (astral ? (points ??= Array.from(text)).slice(a, b).join('') : text.slice(a, b));
  for (let i = 1; i + 1 < items.length; i++) {
    const it = items[i]!;
    if (it.k !== K.Word || it.s !== 'فان' || raw(it.start, it.end) !== 'فان') continue;
    const prev = items[i - 1]!;
    const next = items[i + 1]!;
    if (prev.k === K.Word && next.k === K.Word && vanParticle(prev.s, next.s)) it.s = VAN;
  }
  structure(items);
  return items;
}
