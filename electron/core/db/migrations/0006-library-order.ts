/**
 * Migration 6: what the library needs to sort and filter 30,000 articles without reading
 * them all (issue 4), and where an import batch came from.
 * Immutable once released: change the schema with a new numbered migration, never here.
 *
 * - Indexes for the library's sort orders (title, published date, import date). Without
 *   them every page of the list re-sorts the whole table, and the columns after `text` sit
 *   on overflow pages: 100-200 ms a page at 30,000 articles instead of a few ms.
 *   Source already has articles_source (migration 2).
 * - import_batches.origin: files chosen by path ('files'), files sent by the browser in web
 *   mode ('upload': their inputs are the original names, not the temporary copies), or text
 *   pasted by the analyst ('paste').
 */
export const migration0006 = {
  version: 6,
  name: 'library-order',
  sql: `
CREATE INDEX articles_title ON articles(title COLLATE NOCASE);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_imported ON articles(imported_at);
ALTER TABLE import_batches ADD COLUMN origin TEXT NOT NULL DEFAULT 'files' CHECK (origin IN ('files', 'upload', 'paste'));
`,
} as const;
