/**
 * What the search had to ignore, reinterpret or could not find, as codes with parameters: the
 * engine reports these, the UI translates them (renderer i18n `searching.notes.<code>`), and
 * the CLI prints the English below. A new code needs a sentence here and one in each language
 * of the UI (a test checks both).
 */

export const QUERY_NOTE_CODES = [
  'lone_quote', // a quote mark with nothing after it
  'unclosed_quote', // {text}: the phrase ran to the end of the query
  'lone_dash', // a "-" with no word after it
  'bad_date', // {field, value}
  'date_reversed', // {field, value}
  'no_letters', // {text}: a unit with nothing searchable (only diacritics, tatweel, punctuation)
  'prefix_phrase', // {text}: a * after several words
  'prefix_short', // {text, word}: a prefix too short, searched as the whole word
  'empty_field', // {field}: source: with nothing after it
  'or_without_before',
  'or_without_after',
  'or_with_excluded',
  'not_without_word',
  'too_many_words', // {max}
  'stale_index',
  'only_excluded',
  'nothing_to_search',
  'no_source', // {names}: no source contains any of these
  'no_speaker', // {names}: no speaker is called so (name or alias)
  'no_theme', // {names}: no theme is called so
] as const;

export type QueryNoteCode = (typeof QUERY_NOTE_CODES)[number];

export interface QueryNote {
  code: QueryNoteCode;
  /** Values the sentence names (the typed text, a field name, a number). */
  params: Record<string, string | number>;
}

export function note(code: QueryNoteCode, params: Record<string, string | number> = {}): QueryNote {
  return { code, params };
}

type Params = Record<string, string | number>;

/** The English sentence of each code (the CLI's output, and the contract's `explanation`). */
const ENGLISH: Record<QueryNoteCode, (p: Params) => string> = {
  lone_quote: () => 'Ignored a lone quote mark.',
  unclosed_quote: (p) => `The closing quote is missing: searched “${p.text}” as a phrase.`,
  lone_dash: () => 'Ignored a lone “-”: put it right before a word to leave that word out.',
  bad_date: (p) => `Ignored ${p.field}:${p.value}: write a date as 2018, 2018-03 or 2018-03-05, or a range as 2018-01..2018-06.`,
  date_reversed: (p) => `Ignored ${p.field}:${p.value}: the range ends before it starts.`,
  no_letters: (p) => `Ignored “${p.text}”: it has no letters or digits to search for.`,
  prefix_phrase: (p) => `“${p.text}”: a * works after a single word; searched the words without it.`,
  prefix_short: (p) => `“${p.text}”: too short to search as a prefix; searched the whole word “${p.word}”.`,
  empty_field: (p) => `Ignored ${p.field}: with nothing after it.`,
  or_without_before: () => 'Ignored an OR with no word before it.',
  or_without_after: () => 'Ignored an OR with no word after it.',
  or_with_excluded: () => 'Ignored an OR next to an excluded word.',
  not_without_word: () => 'Ignored a NOT with no word after it.',
  too_many_words: (p) => `The query is long: searched its first ${p.max} words.`,
  stale_index: () =>
    'Note: the search index was built by another version of Daftar; it is rebuilt the next time Daftar searches the project (until then some word forms may not be found).',
  only_excluded: () => 'Only excluded words: add a word to search for.',
  nothing_to_search: () => 'Nothing to search for: the query has no letters or digits.',
  no_source: (p) => `No source in this project matches ${p.names}.`,
  no_speaker: (p) => `No speaker in this project is called ${p.names} (by name or alias).`,
  no_theme: (p) => `No theme in this project is called ${p.names}.`,
};

export function describeNote(n: QueryNote): string {
  return ENGLISH[n.code](n.params);
}

/** The notes as one English line, or undefined when there are none. */
export function explainNotes(notes: readonly QueryNote[]): string | undefined {
  return notes.length ? notes.map(describeNote).join(' ') : undefined;
}

/** Typed names as the notes quote them, in any language: “a”, “b”. */
export function quotedList(names: readonly string[]): string {
  return names.map((s) => `“${s}”`).join(', ');
}
