/**
 * Comparing speakers' names loosely. The project's speaker list is matched with nameKey
 * (normalizeArabic + white space) first; a name written differently in another article
 * (غوتيريش/غوتيريس, ترامب with or without ال-prefixed words, عبد الله/عبدالله) falls back to
 * this looser key: normalised, then ش→س, ظ→ض, ذ→ز (transliteration variants), the definite
 * article dropped from each word (not from الله, nor after عبد/أبو where it is part of the name),
 * compound names joined (عبد الله = عبدالله), and a long word's sound plural read in one case
 * (أمنيين = أمنيون). Equal loose keys are a proposal the analyst sees, never a silent merge.
 */
import { normalizeArabic } from '../arabic/normalize';

const JOINERS = new Set(['عبد', 'ابو', 'ابي', 'ذو', 'ابن']);
const LETTERS: Record<string, string> = { 'ش': 'س', 'ظ': 'ض', 'ذ': 'ز' };

function stripArticle(w: string): string {
  if (w === 'الله' || w.length <= 3) return w;
  if (w.startsWith('لل') && w.length > 4) return w.slice(2);
  if (/^[وبف]ال/.test(w) && w.length > 5) return w.slice(3);
  if (w.startsWith('ال')) return w.slice(2);
  return w;
}

/**
 * A sound masculine plural in either case: «خبراء أمنيون» is «خبراء أمنيين» after عن (one group
 * of sources named twice). Words of six letters or more only, so that no short given name
 * (حسين، ياسين) is touched; both names of a comparison fold alike, so a long name ending in ين
 * (بنيامين) still equals itself.
 */
function soundPlural(w: string): string {
  return w.length >= 6 && w.endsWith('ين') ? `${w.slice(0, -2)}ون` : w;
}

/** The name's words as loose keys (see the file comment). */
export function looseWords(name: string): string[] {
  const words = normalizeArabic(name)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[شظذ]/g, (c) => LETTERS[c]!));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    if (prev !== undefined && JOINERS.has(prev) && out.length) out[out.length - 1] += w;
    else out.push(soundPlural(stripArticle(w)));
  }
  return out;
}

/** One string for equality: two spellings of one name give the same key. */
export function looseKey(name: string): string {
  return looseWords(name).join('');
}

/**
 * The consonant skeleton of one name word: loose (ش→س …), without ال and without the letters
 * that spell long vowels (ا و ي), so that transliterations of one foreign name meet: كراوتش and
 * كرواتش, دانيلز and دانييلزي (a stray ي at the end is a vowel too). Null for words too short for
 * the skeleton to say anything (three consonants at least).
 */
export function nameSkeleton(word: string): string | null {
  const [w] = looseWords(word);
  if (!w || w.length < 4) return null;
  // A doubled consonant is often written once (بيللوتشي / بيلوتشي, round 34): runs collapse.
  // A hard g is written غ or ج (فينغر / فينجر, round 38): one consonant in the skeleton.
  const sk = w.replace(/[اويء]/g, '').replace(/غ/g, 'ج').replace(/(.)\1+/gu, '$1');
  return sk.length >= 3 ? sk : null;
}
