/**
 * The index forms of each distinct word, looked up by the word's normalised code units as the
 * tokenizer leaves them in its scratch buffer (with their hash), so indexing a word that was
 * seen before builds no string at all: no slice, no folded copy, no Map key to hash. News
 * text repeats its vocabulary, so after the first few hundred articles nearly every word is
 * found here. Open hashing with chains in typed arrays; emptied when full (bounded memory).
 */
import type { WordForms } from './analyze';

const LIMIT = 1 << 18; // words kept (~262k) before the table starts again
const BUCKETS = 1 << 19;

export class WordTable {
  private buckets = new Int32Array(BUCKETS).fill(-1);
  private next = new Int32Array(LIMIT);
  private hashes = new Int32Array(LIMIT);
  private words: string[] = [];
  private forms: WordForms[] = [];

  /** The forms stored for these units, or undefined. */
  get(units: Uint16Array, length: number, hash: number): WordForms | undefined {
    for (let i = this.buckets[hash & (BUCKETS - 1)]; i >= 0; i = this.next[i]) {
      if (this.hashes[i] !== hash) continue;
      const word = this.words[i];
      if (word.length !== length) continue;
      let k = 0;
      while (k < length && word.charCodeAt(k) === units[k]) k++;
      if (k === length) return this.forms[i];
    }
    return undefined;
  }

  set(word: string, hash: number, forms: WordForms): void {
    if (this.words.length >= LIMIT) this.clear();
    const i = this.words.length;
    const b = hash & (BUCKETS - 1);
    this.words.push(word);
    this.forms.push(forms);
    this.hashes[i] = hash;
    this.next[i] = this.buckets[b];
    this.buckets[b] = i;
  }

  clear(): void {
    this.buckets.fill(-1);
    this.words = [];
    this.forms = [];
  }
}
