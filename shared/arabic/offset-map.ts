/**
 * The map from normalised text back to the original: search matches on the normalised form,
 * but hits are marked in the original (diacritised) text the analyst reads.
 *
 * Every fold maps one code point to at most one (see normalize.ts), so the map is simply, for
 * each normalised code point, the code-point offset of the original character it came from.
 */
import { DROPPED, foldCodePoint } from './fold';

export interface NormalizedText {
  /** normalizeArabic(original), for NFC input. */
  text: string;
  /**
   * offsets[i] is the original code-point offset of the i-th normalised code point;
   * offsets[n] (n = normalised length) is the original length, so ranges map with the
   * same lookup at both ends.
   */
  offsets: Int32Array;
}

/**
 * Normalise code point by code point, remembering where each kept character came from.
 * Unlike normalizeArabic this does not apply NFC first (NFC can merge characters, and the
 * offsets must refer to the text as given); imported articles are NFC already.
 */
export function normalizeWithMap(original: string): NormalizedText {
  const offsets: number[] = [];
  let text = '';
  let offset = 0;
  for (const ch of original) {
    const folded = foldCodePoint(ch.codePointAt(0)!);
    if (folded !== DROPPED) {
      text += String.fromCodePoint(folded);
      offsets.push(offset);
    }
    offset++;
  }
  offsets.push(offset);
  return { text, offsets: Int32Array.from(offsets) };
}

/**
 * A range [start, end) of normalised code points → the original range. The end runs up to the
 * next kept character, so marks and tatweel after the last matched letter are included.
 */
export function toOriginalRange(map: NormalizedText, start: number, end: number): { start: number; end: number } {
  const n = map.offsets.length - 1;
  if (start < 0 || end < start || end > n) {
    throw new RangeError(`normalised range ${start}–${end} is outside the text (0–${n})`);
  }
  return { start: map.offsets[start], end: map.offsets[end] };
}
