/**
 * Where a query's words are in one text, as code-point ranges of the ORIGINAL text: the
 * reader marks these in the diacritised article, and the result list counts them. The text
 * is tokenised again here (one article at a time), and each word is compared through the
 * same forms the index holds, so a marked word is exactly a word the index matched.
 *
 * This runs for every result on a page, so it avoids stemming every word: a word can only
 * match when it contains one of a few "needles" (a stem is always a piece of the word it came
 * from), and only such candidates are stemmed and compared.
 */
import { normalizedWord, scanWords, type Token, type WordSink } from '../arabic/tokenize';
import { wordForms } from './analyze';
import { positiveTerms, type ParsedQuery } from './query';
import { compileTerm, type CompiledTerm } from './terms';

export interface Hit {
  /** Code-point offsets into the text, end exclusive. */
  start: number;
  end: number;
}

/** Length in words of the match starting at token i (0: none). */
type Matcher = (tokens: Token[], i: number) => number;

/**
 * Pieces every matching word contains. A stem is a substring of its word, except that a
 * two-letter word keeps a canonical article (للدم → الدم): without the ال it is a substring.
 */
function needles(forms: string[]): string[] {
  const pieces = [...new Set(forms.map((f) => (f.startsWith('ال') && f.length > 2 ? f.slice(2) : f)))];
  // A needle that contains another is redundant: the shorter one already lets its words in.
  return pieces.filter((p) => !pieces.some((q) => q !== p && p.includes(q)));
}

function containsAny(word: string, pieces: string[]): boolean {
  for (const p of pieces) if (word.includes(p)) return true;
  return false;
}

function matcher(term: CompiledTerm): Matcher {
  switch (term.kind) {
    case 'word': {
      const stems = new Set(term.stems);
      const pieces = needles(term.stems);
      return (tokens, i) => (containsAny(tokens[i].norm, pieces) && stems.has(wordForms(tokens[i].norm).stem) ? 1 : 0);
    }
    case 'phrase': {
      const first = new Set(term.first);
      const pieces = needles(term.first);
      const { rest } = term;
      return (tokens, i) => {
        if (i + rest.length >= tokens.length) return 0;
        if (!containsAny(tokens[i].norm, pieces) || !first.has(wordForms(tokens[i].norm).stem)) return 0;
        for (let k = 0; k < rest.length; k++) if (wordForms(tokens[i + 1 + k].norm).stem !== rest[k]) return 0;
        return rest.length + 1;
      };
    }
    case 'prefix': {
      const { prefixes } = term;
      const pieces = needles(prefixes).filter((p) => p !== '');
      return (tokens, i) => {
        if (pieces.length === prefixes.length && !containsAny(tokens[i].norm, pieces)) return 0;
        const bare = wordForms(tokens[i].norm).bare;
        return prefixes.some((p) => bare.startsWith(p)) ? 1 : 0;
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
 * The hits of a compiled query in a tokenised text, sorted and merged, or null when the text
 * does not match it: a group with no match, or an excluded word present. This is the same
 * decision the FTS index makes for an article (fts.ts), taken on one text in memory.
 * A query with no group matches any text without its excluded words (with no hits): callers
 * use that for listings by filter alone.
 */
export function matchTokens(tokens: Token[], query: CompiledQuery): Hit[] | null {
  for (const m of query.none) for (let i = 0; i < tokens.length; i++) if (m(tokens, i) > 0) return null;
  const { groups } = query;
  const satisfied = new Uint8Array(groups.length);
  let missing = groups.length;
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let length = 0;
    for (let g = 0; g < groups.length; g++) {
      for (const m of groups[g]) {
        const n = m(tokens, i);
        if (n === 0) continue;
        if (!satisfied[g]) {
          satisfied[g] = 1;
          missing--;
        }
        if (n > length) length = n;
      }
    }
    if (length === 0) continue;
    const hit = { start: tokens[i].start, end: tokens[i + length - 1].end };
    const last = hits[hits.length - 1];
    // A word inside a phrase hit (or two overlapping phrases) is one marked stretch.
    if (last && hit.start < last.end) last.end = Math.max(last.end, hit.end);
    else hits.push(hit);
  }
  return missing === 0 ? hits : null;
}

/**
 * Every word a positive term could match contains one of these pieces (see `needles`); null
 * when a term needs to see every word (a prefix too short to have a piece).
 */
function candidatePieces(terms: CompiledTerm[]): string[] | null {
  const out: string[] = [];
  for (const term of terms) {
    switch (term.kind) {
      case 'word':
        out.push(...needles(term.stems));
        break;
      case 'phrase':
        // The words after the first are compared by stem too: they need their forms.
        out.push(...needles(term.first), ...needles(term.rest));
        break;
      case 'prefix': {
        const pieces = needles(term.prefixes).filter((p) => p !== '');
        if (pieces.length !== term.prefixes.length) return null;
        out.push(...pieces);
      }
    }
  }
  return [...new Set(out)];
}

/** True when the code units hold one of the pieces. */
function unitsContain(units: Uint16Array, length: number, pieces: string[]): boolean {
  for (const p of pieces) {
    const n = p.length;
    const first = p.charCodeAt(0);
    for (let i = 0; i + n <= length; i++) {
      if (units[i] !== first) continue;
      let k = 1;
      while (k < n && units[i + k] === p.charCodeAt(k)) k++;
      if (k === n) return true;
    }
  }
  return false;
}

/**
 * Tokens for hit marking: a word that holds none of the query's pieces cannot match any term,
 * so it gets an empty `norm` instead of its normalised string (no slice, no lookup); the
 * matchers reject it as they would its real form. Offsets are kept for every word.
 */
class CandidateSink implements WordSink {
  readonly tokens: Token[] = [];
  /**
   * @param onlyCandidates keep candidate words only: right when no term is a phrase, since
   *   then a word matches on its own and its neighbours are never looked at. A long article
   *   has thousands of words and a common query word a few dozen.
   */
  constructor(
    private readonly pieces: string[] | null,
    private readonly onlyCandidates: boolean,
  ) {}
  word(text: string, from: number, to: number, start: number, end: number, changed: boolean, units: Uint16Array, length: number): void {
    const candidate = this.pieces === null || unitsContain(units, length, this.pieces);
    if (candidate) this.tokens.push({ start, end, norm: normalizedWord(text, from, to, changed, units, length) });
    else if (!this.onlyCandidates) this.tokens.push({ start, end, norm: '' });
  }
}

/** Hits of the query's positive terms (excluded words are never marked), sorted, merged. */
export function findHitsInTokens(tokens: Token[], query: ParsedQuery): Hit[] {
  const positives = positiveTerms(query);
  if (positives.length === 0) return [];
  // One group of every positive term: any of them marks, none is required.
  return matchTokens(tokens, { groups: [positives.map((t) => matcher(compileTerm(t)))], none: [] }) ?? [];
}

export function findHits(text: string, query: ParsedQuery): Hit[] {
  const terms = positiveTerms(query).map(compileTerm);
  if (terms.length === 0) return [];
  const sink = new CandidateSink(
    candidatePieces(terms),
    terms.every((t) => t.kind !== 'phrase'),
  );
  scanWords(text, sink);
  return matchTokens(sink.tokens, { groups: [terms.map(matcher)], none: [] }) ?? [];
}
