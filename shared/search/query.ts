/**
 * The search box's query language, parsed into a small normal form: an AND of OR-groups of
 * terms, minus excluded terms, plus field filters.
 *
 *   words          الإرهاب مكافحة        every word must occur (in any clitic/suffix form)
 *   "phrase"       "مجلس الأمن"          these words, adjacent, in this order ("" “” «» all work)
 *   OR             سوريا OR العراق        either; OR binds tighter than the implicit AND
 *   -exclusion     الإرهاب -داعش          articles with داعش are left out (also NOT داعش)
 *   prefix*        اقتصاد*               words starting so (after the article: الاقتصادية)
 *   source:X       source:BBC            source contains X (also مصدر:)
 *   date:…         date:2018 date:2018-03..2018-06 date:2018-05-01.. (also تاريخ:)
 *   speaker:X      speaker:غوتيريش        a quote by this speaker (any alias; also متحدث:)
 *   theme:X        theme:أمن               a quote coded with this theme or a sub-theme (also موضوع:)
 *
 * Anything else is text: FTS5 operators typed in the box (NEAR, AND, ^, :, *) are words or
 * punctuation, never syntax, because the compiler quotes every term. What the parser had to
 * ignore or reinterpret is reported in `notes`, for the UI to show in one short line.
 */
import { words } from '../arabic/tokenize';
import { normalizeArabic } from '../arabic/normalize';
import { note, type QueryNote } from './notes';

export type Term =
  | { kind: 'word'; word: string }
  | { kind: 'phrase'; words: string[] }
  | { kind: 'prefix'; prefix: string };

export interface DateRange {
  /** Inclusive lower bound, as a date prefix (2018, 2018-03, 2018-03-05). */
  from?: string;
  /** Inclusive upper bound, as a date prefix: 2018-06 includes every day of June. */
  to?: string;
}

export interface QueryFilters {
  sources: string[];
  dates: DateRange[];
  /** Speaker names or aliases (core/search/codebook-filter.ts resolves them). */
  speakers: string[];
  /** Theme names; a theme includes its sub-themes. */
  themes: string[];
}

export interface ParsedQuery {
  /** Every group must match; a group matches when any of its terms does. */
  all: Term[][];
  /** No term here may match. */
  none: Term[];
  filters: QueryFilters;
  /** What was ignored or reinterpreted, as codes for the UI to translate (notes.ts). */
  notes: QueryNote[];
}

/** More terms than this only slow the search down; the rest are ignored (with a note). */
export const MAX_TERMS = 32;
/** Shortest prefix searched as a prefix (one letter would match half the vocabulary). */
export const MIN_PREFIX = 2;

const QUOTES = new Set(['"', '“', '”', '«', '»', '„', '‟', '〝', '〞', '＂']);
const FIELDS: Record<string, keyof QueryFilters | 'date'> = {
  source: 'sources',
  'مصدر': 'sources',
  date: 'date',
  'تاريخ': 'date',
  speaker: 'speakers',
  'متحدث': 'speakers',
  theme: 'themes',
  'موضوع': 'themes',
};

type Unit =
  | { type: 'text'; text: string; quoted: boolean; negated: boolean }
  | { type: 'or' }
  | { type: 'not' }
  | { type: 'field'; name: string; value: string };

/** Split the raw query into quoted phrases, operators, field filters and plain units. */
function lex(query: string, notes: QueryNote[]): Unit[] {
  const units: Unit[] = [];
  const chars = [...query];
  let i = 0;
  const isSpace = (c: string): boolean => /[\s()[\]{}]/u.test(c);
  const readQuoted = (): string => {
    // i is on the opening quote
    i++;
    let text = '';
    while (i < chars.length && !QUOTES.has(chars[i])) text += chars[i++];
    if (i < chars.length) i++;
    else if (text.trim() === '') notes.push(note('lone_quote'));
    else notes.push(note('unclosed_quote', { text: text.trim() }));
    return text;
  };
  while (i < chars.length) {
    const c = chars[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (QUOTES.has(c)) {
      units.push({ type: 'text', text: readQuoted(), quoted: true, negated: false });
      continue;
    }
    let negated = false;
    if (c === '-' || c === '−') {
      const next = chars[i + 1];
      if (next === undefined || isSpace(next)) {
        notes.push(note('lone_dash'));
        i++;
        continue;
      }
      negated = true;
      i++;
      if (QUOTES.has(chars[i])) {
        units.push({ type: 'text', text: readQuoted(), quoted: true, negated: true });
        continue;
      }
    }
    let raw = '';
    while (i < chars.length && !isSpace(chars[i]) && !QUOTES.has(chars[i])) raw += chars[i++];
    const field = /^([^:：]+)[:：](.*)$/u.exec(raw);
    const fieldName = field ? FIELDS[normalizeArabic(field[1])] : undefined;
    if (field && fieldName && !negated) {
      let value = field[2];
      if (value === '' && QUOTES.has(chars[i] ?? '')) value = readQuoted();
      units.push({ type: 'field', name: field[1], value: value.trim() });
      continue;
    }
    if (!negated && (raw === 'OR' || raw === '|' || raw === '||')) units.push({ type: 'or' });
    else if (!negated && (raw === 'AND' || raw === '&&' || raw === '&' || raw === '+')) continue;
    else if (!negated && raw === 'NOT') units.push({ type: 'not' });
    else units.push({ type: 'text', text: raw, quoted: false, negated });
  }
  return units;
}

const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function parseDate(value: string, notes: QueryNote[], name: string): DateRange | null {
  // Arabic-Indic digits fold to ASCII; / and . are accepted as separators inside a date.
  const v = normalizeArabic(value).replace(/(?<=\d)[/.](?=\d)/g, '-');
  const range = /^([^.]*)\.\.([^.]*)$/.exec(v);
  const [from, to] = range ? [range[1], range[2]] : [v, v];
  if ((from && !DATE.test(from)) || (to && !DATE.test(to)) || (!from && !to)) {
    notes.push(note('bad_date', { field: name, value }));
    return null;
  }
  if (from && to && from.slice(0, to.length) > to) {
    notes.push(note('date_reversed', { field: name, value }));
    return null;
  }
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** One unit of text as a term: one word, a phrase (quoted, or a word split by - or .), a prefix. */
function toTerm(text: string, quoted: boolean, notes: QueryNote[]): Term | null {
  const prefix = !quoted && /\*+$/u.test(text);
  const ws = words(prefix ? text.replace(/\*+$/u, '') : text);
  if (ws.length === 0) {
    if (text.trim() !== '') notes.push(note('no_letters', { text: text.trim().slice(0, 40) }));
    return null;
  }
  if (prefix) {
    if (ws.length > 1) {
      notes.push(note('prefix_phrase', { text }));
      return { kind: 'phrase', words: ws };
    }
    if ([...ws[0]].length < MIN_PREFIX) {
      notes.push(note('prefix_short', { text, word: ws[0] }));
      return { kind: 'word', word: ws[0] };
    }
    return { kind: 'prefix', prefix: ws[0] };
  }
  return ws.length === 1 ? { kind: 'word', word: ws[0] } : { kind: 'phrase', words: ws };
}

export function parseQuery(query: string): ParsedQuery {
  const notes: QueryNote[] = [];
  const filters: QueryFilters = { sources: [], dates: [], speakers: [], themes: [] };
  const all: Term[][] = [];
  const none: Term[] = [];
  let terms = 0;
  let pendingOr = false;
  let pendingNot = false;
  let lastWasTerm = false;
  let truncated = false;

  for (const unit of lex(query.normalize('NFC'), notes)) {
    if (unit.type === 'field') {
      const kind = FIELDS[normalizeArabic(unit.name)];
      if (unit.value === '') notes.push(note('empty_field', { field: unit.name }));
      else if (kind === 'date') {
        const range = parseDate(unit.value, notes, unit.name);
        if (range) filters.dates.push(range);
      } else filters[kind].push(unit.value);
      continue;
    }
    if (unit.type === 'or') {
      if (!lastWasTerm) notes.push(note('or_without_before'));
      else pendingOr = true;
      continue;
    }
    if (unit.type === 'not') {
      pendingNot = true;
      continue;
    }
    const term = toTerm(unit.text, unit.quoted, notes);
    if (!term) continue;
    if (terms >= MAX_TERMS) {
      truncated = true;
      continue;
    }
    terms++;
    if (unit.negated || pendingNot) {
      if (pendingOr) notes.push(note('or_with_excluded'));
      none.push(term);
      pendingOr = false;
      pendingNot = false;
      lastWasTerm = false;
      continue;
    }
    if (pendingOr && all.length > 0) all[all.length - 1].push(term);
    else all.push([term]);
    pendingOr = false;
    lastWasTerm = true;
  }
  if (pendingOr) notes.push(note('or_without_after'));
  if (pendingNot) notes.push(note('not_without_word'));
  if (truncated) notes.push(note('too_many_words', { max: MAX_TERMS }));
  return { all, none, filters, notes };
}

/** Every positive term (what is marked as a hit). */
export function positiveTerms(query: ParsedQuery): Term[] {
  return query.all.flat();
}
