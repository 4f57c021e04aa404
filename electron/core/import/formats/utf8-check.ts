/**
 * Strict UTF-8 checking of a stream of byte chunks without decoding them: a collection in
 * UTF-8 goes to the CSV parser as bytes, and decoding 100 MB into strings only to check it
 * would cost more than parsing it. A character split between two chunks is checked whole.
 */
import { isUtf8 } from 'node:buffer';

/** Bytes in a sequence that starts with `lead` (0 when it cannot start one). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

export class Utf8Checker {
  private carry: Buffer = Buffer.alloc(0);

  /** Check the next chunk; false as soon as the stream is not valid UTF-8. */
  push(chunk: Buffer): boolean {
    let data = chunk;
    if (this.carry.length) {
      const need = sequenceLength(this.carry[0]) - this.carry.length;
      if (chunk.length < need) {
        this.carry = Buffer.concat([this.carry, chunk]);
        return true;
      }
      if (!isUtf8(Buffer.concat([this.carry, chunk.subarray(0, need)]))) return false;
      this.carry = Buffer.alloc(0);
      data = chunk.subarray(need);
    }
    // Hold back an incomplete sequence at the end (at most 3 bytes) for the next chunk.
    let cut = data.length;
    for (let i = data.length - 1; i >= Math.max(0, data.length - 3); i--) {
      const b = data[i];
      if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
      const len = sequenceLength(b);
      if (len > data.length - i) cut = i;
      break;
    }
    if (cut < data.length) this.carry = Buffer.from(data.subarray(cut));
    return isUtf8(data.subarray(0, cut));
  }

  /** At the end of the stream: nothing may be left half a character. */
  end(): boolean {
    return this.carry.length === 0;
  }
}
