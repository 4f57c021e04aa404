/**
 * Sending dropped files' bytes to web mode (import.uploadChunk): pieces of at most
 * UPLOAD_CHUNK_BYTES as base64, in order, so every request stays under the API's body limit
 * and a 50 MB file never sits in one string.
 */
import { UPLOAD_CHUNK_BYTES, UPLOAD_MAX_FILE_BYTES } from '../../../shared/contract/index';
import type { Client } from './client';

/** A dropped file, named as the analyst dropped it ("folder/sub/a.txt" inside a dropped folder). */
export interface DroppedFile {
  name: string;
  file: Blob;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes arguments: a few thousand at a time stays under any stack limit.
  for (let i = 0; i < bytes.length; i += 0x2000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return btoa(binary);
}

/** Files a browser may not send (too large): reported beside the import's own failures. */
export function tooLarge(files: DroppedFile[]): DroppedFile[] {
  return files.filter((f) => f.file.size > UPLOAD_MAX_FILE_BYTES);
}

/** Send every file of `files`; `onSent` gets the bytes sent so far. Throws (a ClientError) on the first refusal. */
export async function sendFiles(client: Client, uploadId: string, files: DroppedFile[], onSent: (bytes: number) => void): Promise<void> {
  let sent = 0;
  for (const { name, file } of files) {
    let offset = 0;
    do {
      const piece = new Uint8Array(await file.slice(offset, offset + UPLOAD_CHUNK_BYTES).arrayBuffer());
      await client['import.uploadChunk']({ uploadId, name, offset, data: toBase64(piece) });
      offset += piece.length;
      sent += piece.length;
      onSent(sent);
      // An empty file is sent as one empty piece, so it is there to be reported as empty.
    } while (offset < file.size);
  }
}
