/**
 * Migration 2: the Arabic-aware search index over articles (issue 5).
 * Immutable once released: change the schema with a new numbered migration, never here.
 *
 * search_articles is an FTS5 table over our OWN analysis of each article (shared/search/
 * analyze.ts): FTS5's tokenizer only splits the space-joined index forms, it never sees raw
 * Arabic (it would split words at every diacritic). It is contentless (the text is already in
 * `articles`), with contentless_delete so an article can be taken out of the index.
 * The tokenizer's categories include marks (M*) so a word keeps any mark that survived
 * normalisation instead of being cut in two.
 *
 * search_article_docs maps the FTS rowid to the article. The rowid is an explicit INTEGER
 * PRIMARY KEY because `articles` has none, and VACUUM may renumber implicit rowids. The
 * foreign key (no cascade) makes deleting an article fail until it is taken out of the index
 * (core/search/indexer.ts `unindexArticle`), so the two can never drift apart.
 * It also carries copies of the columns search filters on (source, published, batch_id):
 * filtering thousands of matches must not read `articles` rows, whose long text sits before
 * those columns. A trigger keeps the copies in step if an article's metadata is edited.
 *
 * Quotes and notes (annotation issue) get their own search_<kind> tables of the same shape,
 * so searching articles never has to filter out other kinds.
 */
import { rebuildArticleIndex } from '../../search/indexer';
import type { WritableDb } from '../handles';

export const migration0002 = {
  version: 2,
  name: 'search',
  sql: `
CREATE TABLE search_article_docs (
  doc        INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL UNIQUE REFERENCES articles(id),
  source     TEXT,
  published  TEXT,
  batch_id   TEXT
) STRICT;

CREATE TRIGGER search_article_docs_metadata AFTER UPDATE OF source, published, batch_id ON articles
BEGIN
  UPDATE search_article_docs SET source = new.source, published = new.published, batch_id = new.batch_id
  WHERE article_id = new.id;
END;

CREATE VIRTUAL TABLE search_articles USING fts5(
  stem, bare,
  content='', contentless_delete=1,
  tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);

-- search.facets lists sources; the source: filter resolves against them.
CREATE INDEX articles_source ON articles(source);
`,
  /** Projects made before search existed: index the articles they already hold. */
  run(db: WritableDb): void {
    rebuildArticleIndex(db);
  },
} as const;
