/**
 * What the search index stores for a text, and the per-word forms both the index and the
 * hit marker use. Index and query go through these same functions, so they cannot disagree.
 *
 * Two forms per word (each is used by the hit marker); the index keeps them in two FTS5
 * columns of space-joined words (FTS5's own tokenizer only splits them at the spaces; it never
 * sees raw Arabic):
 *   stem  — article and suffixes off (الإرهابية → ارهاب), one per word, in order: words and
 *           phrases match here;
 *   bare  — only the article off (الإرهابية → ارهابيه): prefix searches (ارهابي*) match
 *           here, because a stem is often shorter than what the analyst typed before the *.
 *
 * The bare column holds each bare form ONCE per text, and only those that differ from their
 * stem. A prefix search needs neither positions nor counts, and a stem is always a prefix of
 * its word's bare form (stemming only takes suffixes off the bare form), so a prefix search
 * over both columns finds exactly the words whose bare form starts with it. This keeps the
 * bare column a fraction of the stem column's size: indexing cost is mostly FTS5 building
 * its lists, and a second column with every word was as large as the first.
 */
import { stem, stripArticle } from '../arabic/stem';
import { normalizedWord, scanWords, tokenize, type Token, type WordSink } from '../arabic/tokenize';
import { WordTable } from './word-table';

/**
 * Bump when tokenizing, normalising or stemming changes what is indexed: projects whose
 * index was built with another version are re-indexed (see core/search/indexer.ts).
 */
export const ANALYZER_VERSION = 'daftar-light10-3';

export interface WordForms {
  stem: string;
  bare: string;
}

/** News vocabulary repeats heavily; a bounded cache makes indexing several times faster. */
const CACHE_LIMIT = 200_000;
let cache = new Map<string, WordForms>();

export function wordForms(norm: string): WordForms {
  let forms = cache.get(norm);
  if (forms) return forms;
  forms = { stem: stem(norm), bare: stripArticle(norm) };
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(norm, forms);
  return forms;
}

export interface IndexedText {
  /** Space-joined stems, one per word, in order (the FTS5 `stem` column). */
  stem: string;
  /** Space-joined bare forms that differ from their stem, each once (the FTS5 `bare` column). */
  bare: string;
  words: number;
}

/** Forms by normalised word, found without building the word's string (word-table.ts). */
const table = new WordTable();

/** Collects the index forms word by word (see `scanWords`). */
class IndexSink implements WordSink {
  stems: string[] = [];
  /** Bare forms that differ from their stem, each once, in order of first appearance. */
  bares = new Set<string>();
  word(text: string, from: number, to: number, _start: number, _end: number, changed: boolean, units: Uint16Array, length: number, hash: number): void {
    let forms = table.get(units, length, hash);
    if (forms === undefined) {
      const norm = normalizedWord(text, from, to, changed, units, length);
      forms = wordForms(norm);
      table.set(norm, hash, forms);
    }
    this.stems.push(forms.stem);
    if (forms.bare !== forms.stem) this.bares.add(forms.bare);
  }
}

/** The index columns for one text (e.g. an article's title and body joined by a newline). */
export function indexForms(text: string): IndexedText {
  const sink = new IndexSink();
  scanWords(text, sink);
  return { stem: sink.stems.join(' '), bare: [...sink.bares].join(' '), words: sink.stems.length };
}

/** The tokens of a text with their forms, for marking hits in it. */
export interface AnalyzedToken extends Token, WordForms {}

export function analyze(text: string): AnalyzedToken[] {
  return tokenize(text).map((t) => {
    const forms = wordForms(t.norm);
    return { start: t.start, end: t.end, norm: t.norm, stem: forms.stem, bare: forms.bare };
  });
}
