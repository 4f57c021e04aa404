/**
 * Compile a parsed query to an FTS5 MATCH expression over the two index columns (`stem`,
 * `bare`; see analyze.ts). Safety: every term is an index form produced by our own tokenizer,
 * and is double-quoted with quotes doubled, so nothing the analyst typed is ever read as FTS5
 * syntax (NEAR, AND, *, ^, : typed as text are words or punctuation by the time they get here).
 */
import type { ParsedQuery, Term } from './query';
import { compileTerm } from './terms';

export const STEM_COLUMN = 'stem';
export const BARE_COLUMN = 'bare';

/** An FTS5 string literal. */
export function ftsString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function anyOf(column: string, items: string[]): string {
  return items.length === 1 ? `${column} : ${items[0]}` : `${column} : (${items.join(' OR ')})`;
}

export function termToFts(term: Term): string {
  const compiled = compileTerm(term);
  switch (compiled.kind) {
    case 'word':
      return anyOf(STEM_COLUMN, compiled.stems.map(ftsString));
    case 'phrase':
      return anyOf(STEM_COLUMN, compiled.first.map((first) => ftsString([first, ...compiled.rest].join(' '))));
    case 'prefix':
      return anyOf(BARE_COLUMN, compiled.prefixes.map((p) => `${ftsString(p)} *`));
  }
}

/**
 * The MATCH expression, or null when the query has nothing to search for (no positive term:
 * FTS5 cannot answer "everything except X", and neither would it be a useful search).
 */
export function toFtsMatch(query: ParsedQuery): string | null {
  if (query.all.length === 0) return null;
  const groups = query.all.map((group) =>
    group.length === 1 ? `(${termToFts(group[0])})` : `(${group.map(termToFts).join(' OR ')})`,
  );
  let match = groups.join(' AND ');
  if (query.none.length) match = `(${match})` + query.none.map((t) => ` NOT (${termToFts(t)})`).join('');
  return match;
}
