import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DaftarError } from '../../../shared/contract/errors';

/**
 * Write a whole file or nothing: the bytes go to a temporary name in the same folder, are
 * flushed to disk, then renamed over the destination (atomic on one file system). A crash or
 * full disk leaves at most a stray ".daftar-tmp" file, never half an export under the real name.
 */
export function writeFileAtomic(dest: string, data: Uint8Array | string, options: { overwrite?: boolean; temporaryPath?: string } = {}): void {
  const target = path.resolve(dest);
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw DaftarError.because('invalid_input', 'folder_missing', { file: dest, dir });
  checkDestination(dest, options.overwrite ?? false);
  // A job chooses the temporary name itself, so it can remove it if the worker is terminated.
  const tmp = options.temporaryPath ?? temporaryName(target);
  try {
    const fd = fs.openSync(tmp, 'wx');
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    if (error instanceof DaftarError) throw error;
    throw DaftarError.because('invalid_input', 'write_failed', { file: dest, detail: (error as Error).message });
  }
}

/** Refuse a folder always, an existing file unless the caller asked to replace it. */
export function checkDestination(dest: string, overwrite: boolean): void {
  const stat = fs.statSync(dest, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory()) throw DaftarError.because('invalid_input', 'write_target_is_folder', { file: dest });
  if (!overwrite) throw DaftarError.because('invalid_input', 'write_target_exists', { file: dest });
}

/** A name beside `target` for writing before the final rename. */
export function temporaryName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.daftar-tmp`);
}
