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

/** `foldCodePoint` returns this when the character is dropped (tashkeel, tatweel, controls). */
export const DROPPED = -1;

/** Not yet computed (the table fills itself one code point at a time, on first sight). */
const UNSET = -2;

let bmpTable: Int32Array | null = null;

/**
 * `foldChar` for BMP code units, computed FROM `foldChar` the first time each one is seen and
 * remembered (so the two cannot disagree; a test checks every code point). Indexing and hit
 * marking fold tens of millions of characters, where a regex test and a string per character
 * would dominate; filling all 65,536 entries up front would cost a fifth of a second at
 * start-up, while a text uses a few hundred distinct characters. Surrogates map to
 * themselves, as `foldChar` leaves a lone surrogate unchanged.
 */
function fillFold(table: Int32Array, cp: number): number {
  let value: number;
  if (cp >= 0xd800 && cp <= 0xdfff) value = cp;
  else {
    const folded = foldChar(String.fromCharCode(cp));
    value = folded === '' ? DROPPED : folded.codePointAt(0)!;
  }
  table[cp] = value;
  return value;
}

function table(): Int32Array {
  return (bmpTable ??= new Int32Array(0x10000).fill(UNSET));
}

/** `foldChar` on a code point: the folded code point, or DROPPED. Never more than one. */
export function foldCodePoint(cp: number): number {
  if (cp < 0x10000) {
    const t = table();
    const value = t[cp];
    return value !== UNSET ? value : fillFold(t, cp);
  }
  const folded = foldChar(String.fromCodePoint(cp));
  return folded === '' ? DROPPED : folded.codePointAt(0)!;
}

/**
 * UTF-16 code units → string, in chunks (String.fromCharCode takes a bounded argument list).
 * A typed-array view is passed straight to apply: copying each chunk into an Array first made
 * this ten times slower, and it runs for every article imported and every word indexed.
 * (TextDecoder would be faster still but turns lone surrogates into U+FFFD.)
 */
export function fromCodeUnits(units: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 4096) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 4096)) as unknown as number[]);
  }
  return out;
}

/** NFC, drop marks and tatweel, fold letter variants and digits, lower-case Latin. */
export function normalizeArabic(text: string): string {
  const nfc = text.normalize('NFC');
  const units = new Uint16Array(nfc.length);
  let n = 0;
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < nfc.length) {
      const low = nfc.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        // Outside the BMP: fold the whole code point (never more than one, see above).
        const folded = foldCodePoint((c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
        i++;
        if (folded === DROPPED) continue;
        if (folded >= 0x10000) {
          units[n++] = 0xd800 + ((folded - 0x10000) >> 10);
          units[n++] = 0xdc00 + ((folded - 0x10000) & 0x3ff);
        } else units[n++] = folded;
        continue;
      }
    }
    const folded = foldCodePoint(c);
    if (folded !== DROPPED) units[n++] = folded;
  }
  return fromCodeUnits(units, n);
}

/** Normalised text with runs of white space folded to one space and trimmed: for hashing. */
export function normalizeForHash(text: string): string {
  return normalizeArabic(text).replace(/\s+/gu, ' ').trim();
}
