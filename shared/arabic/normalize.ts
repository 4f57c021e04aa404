/**
 * The one Arabic normaliser (DESIGN.md, "Arabic text"). The search index, queries, duplicate
 * detection and speaker-alias matching all go through `normalizeArabic`, so that what the
 * analyst types meets what the article says. Display always uses the original text.
 *
 * Every fold maps one code point to at most one code point, so a normalised string can be
 * mapped back to the original offsets (dropped marks map to nothing).
 */

/** Tashkeel and Quranic marks: dropped. U+0610–061A, U+064B–065F, U+0670, U+06D6–06ED. */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/;
const TATWEEL = '\u0640';

const FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ئ': 'ي', 'ی': 'ي', 'ې': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ک': 'ك',
};

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits → ASCII. */
function foldDigit(cp: number): number {
  if (cp >= 0x0660 && cp <= 0x0669) return cp - 0x0660 + 48;
  if (cp >= 0x06f0 && cp <= 0x06f9) return cp - 0x06f0 + 48;
  return cp;
}

/**
 * Fold one code point (given as a string of one code point). Returns '' when the character is
 * dropped (tashkeel, tatweel, format controls such as ZWNJ/RLM).
 */
export function foldChar(ch: string): string {
  if (ch === TATWEEL || MARKS.test(ch)) return '';
  // Bidi and joiner controls are invisible and must not split or change words.
  if (/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/.test(ch)) return '';
  const folded = FOLDS[ch];
  if (folded !== undefined) return folded;
  const cp = ch.codePointAt(0)!;
  const digit = foldDigit(cp);
  if (digit !== cp) return String.fromCharCode(digit);
  return ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
}

/** NFC, drop marks and tatweel, fold letter variants and digits, lower-case Latin. */
export function normalizeArabic(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += foldChar(ch);
  return out;
}

/** Normalised text with runs of white space folded to one space and trimmed: for hashing. */
export function normalizeForHash(text: string): string {
  return normalizeArabic(text).replace(/\s+/gu, ' ').trim();
}
