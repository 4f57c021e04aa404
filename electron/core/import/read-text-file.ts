import fs from 'node:fs';
import jschardet from 'jschardet';
import type { Encoding } from '../../../shared/contract/imports';
import { englishOf, reasoned, type ParamsArg, type Reasoned, type ReasonKey, type ReasonParam } from '../../../shared/contract/reasons';

/** Articles larger than this are refused: no news article is 20 MB of text. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/**
 * A problem with one file (or row): reported with the file's name, the batch goes on. The
 * message is the English reason; `why` the same as a catalogued reason, for the UI.
 */
export class ImportFileError extends Error {
  readonly why?: Reasoned;
  constructor(message: string, why?: Reasoned) {
    super(message);
    if (why) this.why = why;
  }

  static because<K extends ReasonKey>(reason: K, ...params: ParamsArg<K>): ImportFileError {
    const why = reasoned(reason, ...params);
    return new ImportFileError(englishOf(why), why);
  }

  /** The problem as a param of a wider message ("FILE: problem."): its reason, or its text. */
  get problem(): ReasonParam {
    return this.why ?? this.message;
  }
}

export interface DecodedText {
  text: string;
  /** The encoding found (or the one asked for): recorded on the article. */
  encoding: string;
}

/** Read a file for import, refusing empty and oversized files before reading them. */
export function readImportFile(file: string, maxBytes = MAX_ARTICLE_BYTES): Buffer {
  const stat = fs.statSync(file);
  if (stat.size === 0) throw ImportFileError.because('file_empty');
  if (stat.size > maxBytes) {
    throw ImportFileError.because('file_too_large', { size: (stat.size / 1024 / 1024).toFixed(1), max: maxBytes / 1024 / 1024 });
  }
  return fs.readFileSync(file);
}

/** Read a text file and decode it (see decodeBytes). */
export function readTextFile(file: string, encoding: Encoding): DecodedText {
  return decodeBytes(readImportFile(file), encoding);
}

const LEGACY_ARABIC = ['windows-1256', 'iso-8859-6'] as const;

/**
 * Decode a text file's bytes. An explicit encoding is applied as asked (strictly for UTF-8).
 * 'auto': a BOM decides (UTF-8, UTF-16 LE/BE); then strict UTF-8; then the older Arabic
 * encodings, Windows-1256 or ISO-8859-6, when the bytes read as Arabic in one of them. The
 * detector (jschardet) is only trusted that far: it often calls short Arabic text something
 * else, and a wrong guess would store mojibake forever (the text is immutable).
 */
export function decodeBytes(bytes: Uint8Array, encoding: Encoding): DecodedText {
  switch (encoding) {
    case 'utf-8':
      return { text: strictUtf8(bytes), encoding: hasUtf8Bom(bytes) ? 'utf-8-bom' : 'utf-8' };
    case 'windows-1256':
    case 'iso-8859-6':
      return { text: new TextDecoder(encoding).decode(bytes), encoding };
    case 'utf-16le':
    case 'utf-16be':
      return { text: new TextDecoder(encoding).decode(bytes), encoding };
    case 'auto':
      break;
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw ImportFileError.because('file_binary');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: hasUtf8Bom(bytes) ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // not UTF-8: an older encoding, or not text at all
  }
  const legacy = detectLegacyArabic(bytes);
  if (legacy) return { text: new TextDecoder(legacy).decode(bytes), encoding: legacy };
  const guess = jschardet.detect(Buffer.from(bytes.subarray(0, 64 * 1024)));
  throw guess.encoding ? ImportFileError.because('file_no_encoding_guess', { guess: guess.encoding }) : ImportFileError.because('file_no_encoding');
}

function strictUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw ImportFileError.because('file_not_utf8');
  }
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Share of the non-ASCII characters that an Arabic text would hold: letters, marks, ، ؛ ؟ « ». */
function arabicScore(text: string): number {
  let high = 0;
  let arabic = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    high++;
    if ((c >= 0x0600 && c <= 0x06ff) || c === 0xab || c === 0xbb || c === 0xa0 || c === 0x200c || c === 0x200d) arabic++;
  }
  return high === 0 ? 0 : arabic / high;
}

const isAsciiLetter = (b: number | undefined): boolean => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/**
 * Whether the non-ASCII bytes sit inside Latin words (déclaré, Müller): then the file is in a
 * Latin encoding, however Arabic its bytes may look to a decoder (ISO-8859-6 maps é to ي).
 * Arabic letters sit beside each other, spaces and punctuation, rarely touching a Latin letter.
 */
function glued(bytes: Uint8Array): boolean {
  let high = 0;
  let touching = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    high++;
    if (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1])) touching++;
  }
  return high > 0 && touching / high > 0.2;
}

/**
 * Windows-1256 or ISO-8859-6, whichever reads the bytes as Arabic, or null. Windows-1256 is
 * far more common and assigns every byte, so it wins unless ISO-8859-6 reads the bytes
 * clearly better (ISO-8859-6 puts letters where Windows-1256 has French accented letters).
 */
export function detectLegacyArabic(bytes: Uint8Array): (typeof LEGACY_ARABIC)[number] | null {
  const sample = bytes.subarray(0, 256 * 1024);
  if (glued(sample)) return null;
  const cp1256 = arabicScore(new TextDecoder('windows-1256').decode(sample));
  const isoText = new TextDecoder('iso-8859-6').decode(sample);
  // ISO-8859-6 leaves many bytes unassigned: one of them in the file rules it out.
  const iso = isoText.includes('\uFFFD') ? 0 : arabicScore(isoText);
  const hint = jschardet.detect(Buffer.from(sample)).encoding?.toLowerCase() ?? '';
  // The detector's Arabic answer lowers the bar a little; its other answers do not count.
  const bar = hint === 'windows-1256' || hint === 'iso-8859-6' ? 0.75 : 0.85;
  if (iso > cp1256 + 0.05 && iso >= bar) return 'iso-8859-6';
  if (cp1256 >= bar) return 'windows-1256';
  return null;
}
