/**
 * A look at a ZIP archive's central directory before anything unpacks it: a .docx is a ZIP,
 * and a hostile one (a "zip bomb") can declare gigabytes that a few kilobytes inflate to.
 * Reads only the directory, never inflates anything.
 */
import { ImportFileError } from '../read-text-file';

export interface ZipLimits {
  /** Most bytes all entries may inflate to together. */
  maxTotal: number;
  /** Most entries (a .docx has a few dozen). */
  maxEntries: number;
}

export const DOCX_LIMITS: ZipLimits = { maxTotal: 100 * 1024 * 1024, maxEntries: 5000 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Throws ImportFileError when the bytes are not a ZIP or declare more than the limits allow. */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 bytes plus a comment of up to 64 KB.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw ImportFileError.because('docx_not_zip');
  const entries = buf.readUInt16LE(eocd + 10);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || dirOffset === 0xffffffff) {
    throw ImportFileError.because('docx_zip64');
  }
  if (entries > limits.maxEntries) throw ImportFileError.because('docx_too_many_files', { count: entries });
  let total = 0;
  let p = dirOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw ImportFileError.because('docx_zip_broken');
    const size = buf.readUInt32LE(p + 24);
    if (size === 0xffffffff) throw ImportFileError.because('docx_zip64');
    total += size;
    if (total > limits.maxTotal) {
      throw ImportFileError.because('docx_zip_bomb', { max: limits.maxTotal / 1024 / 1024 });
    }
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
}
