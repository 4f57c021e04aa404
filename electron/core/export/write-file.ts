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
  if (!fs.existsSync(dir)) throw new DaftarError('invalid_input', `${dest}: the folder ${dir} does not exist.`);
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
    throw new DaftarError('invalid_input', `${dest}: could not be written (${(error as Error).message}).`);
  }
}

/** Refuse a folder always, an existing file unless the caller asked to replace it. */
export function checkDestination(dest: string, overwrite: boolean): void {
  const stat = fs.statSync(dest, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory()) throw new DaftarError('invalid_input', `${dest} is a folder; give a file name to write to.`);
  if (!overwrite) throw new DaftarError('invalid_input', `${dest} already exists; Daftar will not overwrite it (use --force to replace it).`);
}

/** A name beside `target` for writing before the final rename. */
export function temporaryName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.daftar-tmp`);
}
