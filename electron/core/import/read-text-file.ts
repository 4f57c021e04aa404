import fs from 'node:fs';
import type { Encoding } from '../../../shared/contract/imports';

/** Articles larger than this are refused: no news article is 20 MB of text. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export class ImportFileError extends Error {}

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Read a text file and decode it. 'auto' accepts UTF-8 (with or without BOM) and UTF-16 with
 * a BOM, and refuses anything else with a message that says what to do; detection of legacy
 * encodings comes with the import-formats work. An explicit encoding is applied as asked.
 */
export function readTextFile(file: string, encoding: Encoding): DecodedText {
  const stat = fs.statSync(file);
  if (stat.size === 0) throw new ImportFileError('the file is empty');
  if (stat.size > MAX_ARTICLE_BYTES) {
    throw new ImportFileError(`the file is ${(stat.size / 1024 / 1024).toFixed(1)} MB; articles over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB are not imported`);
  }
  const bytes = fs.readFileSync(file);
  return decodeBytes(bytes, encoding);
}

export function decodeBytes(bytes: Uint8Array, encoding: Encoding): DecodedText {
  if (encoding === 'windows-1256') return { text: new TextDecoder('windows-1256').decode(bytes), encoding };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new ImportFileError('the file looks binary (it contains NUL bytes), not text');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8-bom' : 'utf-8' };
  } catch {
    if (encoding === 'utf-8') throw new ImportFileError('the file is not valid UTF-8');
    throw new ImportFileError('the file is not valid UTF-8; if it is an older Arabic file, import it again with the encoding set to Windows-1256');
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
