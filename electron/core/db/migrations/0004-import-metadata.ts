/**
 * Migration 4: what the import engine learns about an article beyond migration 1's columns.
 * Immutable once released: change the schema with a new numbered migration, never here.
 *
 * - place: the dateline's place ("نيويورك" in "نيويورك – ...").
 * - abstract: a collection's summary column (ANT's `abstract`), kept beside the text, not in it.
 * - folded_paragraphs: JSON [{start, end, reason}] of paragraph indexes the reader dims or
 *   folds (repeated paragraphs, website boilerplate). NULL: never analysed (articles imported
 *   before this migration). The text itself is never changed, so every offset stays valid.
 */
export const migration0004 = {
  version: 4,
  name: 'import-metadata',
  sql: `
ALTER TABLE articles ADD COLUMN place TEXT;
ALTER TABLE articles ADD COLUMN abstract TEXT;
ALTER TABLE articles ADD COLUMN folded_paragraphs TEXT CHECK (folded_paragraphs IS NULL OR json_valid(folded_paragraphs));
`,
} as const;
