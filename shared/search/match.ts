/**
 * Where a query's words are in one text, as code-point ranges of the ORIGINAL text: the
 * reader marks these in the diacritised article, and the result list counts them. The text
 * is analysed again here (one article at a time), and each word is compared through the
 * same forms the index holds, so a marked word is exactly a word the index matched.
 *
 * This runs for every result on a page: the words come as a `WordList` (analyze.ts), whose
 * forms are found by the tokenizer's hash in the word table, so no word becomes a string or
 * an object here, and each comparison is a Set lookup or a prefix test on a stored form.
 */
import { wordList, type WordList } from './analyze';
import { positiveTerms, type ParsedQuery } from './query';
import { compileTerm, type CompiledTerm } from './terms';

export interface Hit {
  /** Code-point offsets into the text, end exclusive. */
  start: number;
  end: number;
}

/** Length in words of the match starting at word i (0: none). */
type Matcher = (words: WordList, i: number) => number;

function matcher(term: CompiledTerm): Matcher {
  switch (term.kind) {
    case 'word': {
      const stems = new Set(term.stems);
      return (words, i) => (stems.has(words.stems[i]) ? 1 : 0);
    }
    case 'phrase': {
      const first = new Set(term.first);
      const { rest } = term;
      return (words, i) => {
        if (i + rest.length >= words.stems.length || !first.has(words.stems[i])) return 0;
        for (let k = 0; k < rest.length; k++) if (words.stems[i + 1 + k] !== rest[k]) return 0;
        return rest.length + 1;
      };
    }
    case 'prefix': {
      const { prefixes } = term;
      return (words, i) => {
        const bare = words.bares[i];
        for (const p of prefixes) if (bare.startsWith(p)) return 1;
        return 0;
      };
    }
  }
}

/** A query's terms as matchers, compiled once to test many short texts (quotes, notes). */
export interface CompiledQuery {
  /** Every group must match somewhere; a group matches when any of its matchers does. */
  groups: Matcher[][];
  /** None of these may match anywhere. */
  none: Matcher[];
}

export function compileQuery(query: ParsedQuery): CompiledQuery {
  return {
    groups: query.all.map((group) => group.map((t) => matcher(compileTerm(t)))),
    none: query.none.map((t) => matcher(compileTerm(t))),
  };
}

/**
 * The hits of a compiled query in an analysed text, sorted and merged, or null when the text
 * does not match it: a group with no match, or an excluded word present. This is the same
 * decision the FTS index makes for an article (fts.ts), taken on one text in memory.
 * A query with no group matches any text without its excluded words (with no hits): callers
 * use that for listings by filter alone.
 */
export function matchWords(words: WordList, query: CompiledQuery): Hit[] | null {
  const n = words.stems.length;
  for (const m of query.none) for (let i = 0; i < n; i++) if (m(words, i) > 0) return null;
  const { groups } = query;
  const satisfied = new Uint8Array(groups.length);
  let missing = groups.length;
  const hits: Hit[] = [];
  for (let i = 0; i < n; i++) {
    let length = 0;
    for (let g = 0; g < groups.length; g++) {
      for (const m of groups[g]) {
        const k = m(words, i);
        if (k === 0) continue;
        if (!satisfied[g]) {
          satisfied[g] = 1;
          missing--;
        }
        if (k > length) length = k;
      }
    }
    if (length === 0) continue;
    const hit = { start: words.starts[i], end: words.ends[i + length - 1] };
    const last = hits[hits.length - 1];
    // A word inside a phrase hit (or two overlapping phrases) is one marked stretch.
    if (last && hit.start < last.end) last.end = Math.max(last.end, hit.end);
    else hits.push(hit);
  }
  return missing === 0 ? hits : null;
}

/** Hits of the query's positive terms (excluded words are never marked), sorted, merged. */
export function findHitsInWords(words: WordList, query: ParsedQuery): Hit[] {
  const positives = positiveTerms(query);
  if (positives.length === 0) return [];
  // One group of every positive term: any of them marks, none is required.
  return matchWords(words, { groups: [positives.map((t) => matcher(compileTerm(t)))], none: [] }) ?? [];
}

export function findHits(text: string, query: ParsedQuery): Hit[] {
  return findHitsInWords(wordList(text), query);
}
