/**
 * Compile a parsed query to an FTS5 MATCH expression over the two index columns (`stem`,
 * `bare`; see analyze.ts). Safety: every term is an index form produced by our own tokenizer,
 * and is double-quoted with quotes doubled, so nothing the analyst typed is ever read as FTS5
 * syntax (NEAR, AND, *, ^, : typed as text are words or punctuation by the time they get here).
 */
import type { ParsedQuery, Term } from './query';
import { compileTerm } from './terms';

export const STEM_COLUMN = 'stem';
/** Prefix searches look in both columns: the bare column only holds forms that differ from their stem (analyze.ts). */
export const PREFIX_COLUMNS = '{stem bare}';

/** An FTS5 string literal. */
export function ftsString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function anyOf(column: string, items: string[]): string {
  return items.length === 1 ? `${column} : ${items[0]}` : `${column} : (${items.join(' OR ')})`;
}

/**
 * Whether an index form occurs in the index at all. A form that occurs nowhere can be left out
 * of the MATCH expression without changing the results or their order (bm25 gives a phrase
 * that is in no row nothing), and every phrase left out is one less for FTS5 to rank with on
 * each matching row. By default every form may occur.
 */
export type Vocabulary = (form: string) => boolean;

const EVERY: Vocabulary = () => true;

/** The term as FTS5 syntax, or null when none of its forms is in the index. */
export function termToFts(term: Term, known: Vocabulary = EVERY): string | null {
  const compiled = compileTerm(term);
  switch (compiled.kind) {
    case 'word': {
      const stems = compiled.stems.filter(known);
      return stems.length ? anyOf(STEM_COLUMN, stems.map(ftsString)) : null;
    }
    case 'phrase': {
      if (!compiled.rest.every(known)) return null;
      const first = compiled.first.filter(known);
      return first.length ? anyOf(STEM_COLUMN, first.map((f) => ftsString([f, ...compiled.rest].join(' ')))) : null;
    }
    case 'prefix':
      return anyOf(PREFIX_COLUMNS, compiled.prefixes.map((p) => `${ftsString(p)} *`));
  }
}

/**
 * The MATCH expression; null when the query has nothing to search for (no positive term:
 * FTS5 cannot answer "everything except X", and neither would it be a useful search); false
 * when `known` shows that no article can match (a required word is in no article).
 */
export function toFtsMatch(query: ParsedQuery, known: Vocabulary = EVERY): string | null | false {
  if (query.all.length === 0) return null;
  const groups: string[] = [];
  for (const group of query.all) {
    const terms = group.map((t) => termToFts(t, known)).filter((t): t is string => t !== null);
    if (terms.length === 0) return false;
    groups.push(terms.length === 1 ? `(${terms[0]})` : `(${terms.join(' OR ')})`);
  }
  let match = groups.join(' AND ');
  const none = query.none.map((t) => termToFts(t, known)).filter((t): t is string => t !== null);
  if (none.length) match = `(${match})` + none.map((t) => ` NOT (${t})`).join('');
  return match;
}
