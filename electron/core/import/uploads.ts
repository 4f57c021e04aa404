/**
 * Files dropped on the page in web mode. The browser gives no paths, only bytes, so they are
 * sent here piece by piece (each request stays under the API's body limit) into a private
 * temporary folder (mkdtemp: mode 0700), then imported from there by the same import job as
 * any folder, named in the report as they were dropped ("folder/a.txt"). The folder is
 * removed when the job ends, when the upload is discarded, or when the project closes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DaftarError } from '../../../shared/contract/errors';
import { reasoned, type Reasoned } from '../../../shared/contract/reasons';
import { UPLOAD_CHUNK_BYTES, UPLOAD_MAX_FILE_BYTES, UPLOAD_MAX_FILES } from '../../../shared/contract/imports';

/** All files of one upload together (a whole dropped folder). */
export const UPLOAD_MAX_TOTAL_BYTES = 2 * 1024 ** 3;
/** Uploads abandoned half way (a closed tab) are dropped once this many newer ones exist. */
const MAX_OPEN_UPLOADS = 4;

interface Upload {
  dir: string;
  sizes: Map<string, number>;
  total: number;
}

export class Uploads {
  private readonly open = new Map<string, Upload>();

  constructor(private readonly tempRoot: string = os.tmpdir()) {}

  begin(): string {
    const id = randomUUID();
    const dir = fs.mkdtempSync(path.join(this.tempRoot, 'daftar-upload-'));
    this.open.set(id, { dir, sizes: new Map(), total: 0 });
    const ids = [...this.open.keys()];
    for (const old of ids.slice(0, Math.max(0, ids.length - MAX_OPEN_UPLOADS))) this.discard(old);
    return id;
  }

  /** Append a piece of `name` at `offset` (the bytes of it received so far). Returns the new size. */
  append(id: string, name: string, offset: number, base64: string): number {
    const upload = this.get(id);
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length > UPLOAD_CHUNK_BYTES) throw invalid(name, `a piece is larger than ${UPLOAD_CHUNK_BYTES} bytes`);
    const known = upload.sizes.get(name);
    const current = known ?? 0;
    if (offset !== current) throw invalid(name, `a piece arrived out of order (at byte ${offset}, expected ${current})`);
    if (current + bytes.length > UPLOAD_MAX_FILE_BYTES) {
      throw refused(name, reasoned('upload_too_large', { max: UPLOAD_MAX_FILE_BYTES / 1024 ** 2 }));
    }
    if (known === undefined && upload.sizes.size >= UPLOAD_MAX_FILES) throw refused(name, reasoned('upload_too_many', { max: UPLOAD_MAX_FILES }));
    if (upload.total + bytes.length > UPLOAD_MAX_TOTAL_BYTES) throw refused(name, reasoned('upload_total_too_large', { max: UPLOAD_MAX_TOTAL_BYTES / 1024 ** 3 }));
    const target = this.pathOf(upload, name);
    try {
      if (known === undefined) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        // 'wx': a name never overwrites another one (or anything a symlink could point to).
        fs.writeFileSync(target, bytes, { flag: 'wx', mode: 0o600 });
      } else {
        fs.appendFileSync(target, bytes);
      }
    } catch (error) {
      throw refused(name, reasoned('upload_store_failed', { detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
    }
    upload.sizes.set(name, current + bytes.length);
    upload.total += bytes.length;
    return current + bytes.length;
  }

  /** Where a received file is (for the collection preview). */
  fileOf(id: string, name: string): string {
    const upload = this.get(id);
    if (!upload.sizes.has(name)) throw new DaftarError('not_found', `${name}: no such file in this upload.`);
    return this.pathOf(upload, name);
  }

  /**
   * Hand the upload to an import: its top-level entries (each a dropped file or folder, as
   * with chosen paths) and its folder. The upload is closed; call `remove` when the job ends.
   */
  take(id: string): { root: string; inputs: string[] } {
    const upload = this.get(id);
    if (upload.sizes.size === 0) throw DaftarError.because('invalid_input', 'upload_empty');
    this.open.delete(id);
    const tops = [...new Set([...upload.sizes.keys()].map((n) => n.split('/')[0]))].sort((a, b) => a.localeCompare(b));
    return { root: upload.dir, inputs: tops.map((t) => path.join(upload.dir, t)) };
  }

  discard(id: string): boolean {
    const upload = this.open.get(id);
    if (!upload) return false;
    this.open.delete(id);
    remove(upload.dir);
    return true;
  }

  discardAll(): void {
    for (const id of [...this.open.keys()]) this.discard(id);
  }

  private get(id: string): Upload {
    const upload = this.open.get(id);
    if (!upload) throw DaftarError.because('not_found', 'upload_gone');
    return upload;
  }

  private pathOf(upload: Upload, name: string): string {
    // The contract already refuses "..", absolute names and backslashes; check the result anyway.
    const target = path.resolve(upload.dir, ...name.split('/'));
    if (!target.startsWith(upload.dir + path.sep)) throw invalid(name, 'the name points outside the upload');
    return target;
  }
}

/** Remove an upload's folder (after its import ended). */
export function remove(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

function invalid(name: string, problem: string): DaftarError {
  return new DaftarError('invalid_input', `${name}: ${problem}.`);
}

/** A refusal the analyst can meet (a size limit, a full disk): catalogued, so it is translated. */
function refused(name: string, problem: Reasoned): DaftarError {
  return DaftarError.because('invalid_input', 'file_problem', { file: name, problem });
}
