/**
 * A query term turned into the index forms it matches. The FTS5 compiler (fts.ts) and the hit
 * marker (match.ts) both start from here, so what the index finds and what the reader marks
 * are the same words.
 */
import { procliticVariants, queryStems, stem } from '../arabic/stem';
import { isArabicWord } from '../arabic/tokenize';
import { MIN_PREFIX, type Term } from './query';

export type CompiledTerm =
  /** Any word whose stem is one of `stems`. */
  | { kind: 'word'; stems: string[] }
  /** Adjacent words: the first with any of `first` as stem, then exactly the stems in `rest`. */
  | { kind: 'phrase'; first: string[]; rest: string[] }
  /** Any word whose bare form (article off) starts with one of `prefixes`. */
  | { kind: 'prefix'; prefixes: string[] };

/** Article forms a typed prefix may start with (المت* should still find المتحدة). */
const ARTICLE_STARTS = ['وبال', 'فبال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];

/**
 * The bare-form prefixes a typed prefix stands for. The bare column has the article already
 * off, so الاقتص* asks for اقتص* (and its clitic forms); the prefix as typed is kept too, for
 * words that only look as if they had an article (ألما* → الما*).
 */
function prefixForms(prefix: string): string[] {
  const article = isArabicWord(prefix) ? ARTICLE_STARTS.find((a) => prefix.startsWith(a)) : undefined;
  const rest = article ? prefix.slice(article.length) : '';
  if (article && [...rest].length >= MIN_PREFIX) return [...new Set([prefix, ...procliticVariants(rest)])];
  return procliticVariants(prefix);
}

export function compileTerm(term: Term): CompiledTerm {
  switch (term.kind) {
    case 'word':
      return { kind: 'word', stems: queryStems(term.word) };
    case 'phrase':
      // Only the first word takes clitic variants (وحزب الله); inside a phrase the words are
      // matched by stem, which already covers the article and suffixes.
      return { kind: 'phrase', first: queryStems(term.words[0]), rest: term.words.slice(1).map(stem) };
    case 'prefix':
      return { kind: 'prefix', prefixes: prefixForms(term.prefix) };
  }
}
