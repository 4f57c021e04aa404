/**
 * Migration 1: the project's metadata, import batches and articles.
 * Immutable once released: change the schema with a new numbered migration, never here.
 */
export const migration0001 = {
  version: 1,
  name: 'articles',
  sql: `
CREATE TABLE project_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE import_batches (
  id          TEXT PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  inputs      TEXT NOT NULL,            -- JSON array of the paths the analyst chose
  status      TEXT NOT NULL CHECK (status IN ('running', 'done', 'cancelled', 'failed'))
) STRICT;

CREATE TABLE articles (
  id            TEXT PRIMARY KEY,        -- UUID, so two analysts' projects merge without collisions
  title         TEXT NOT NULL,
  text          TEXT NOT NULL,           -- NFC, LF line ends; immutable after import
  chars         INTEGER NOT NULL,        -- length of text in code points
  content_hash  TEXT NOT NULL,           -- sha256 of the normalised text: duplicates and merge
  source        TEXT,
  author        TEXT,
  published     TEXT,                    -- ISO 8601 date
  url           TEXT,
  original_file TEXT,
  encoding      TEXT,
  batch_id      TEXT REFERENCES import_batches(id),
  imported_at   TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;

CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_batch ON articles(batch_id);

-- Offsets of every highlight depend on the text never changing.
CREATE TRIGGER articles_text_immutable BEFORE UPDATE OF text ON articles
BEGIN
  SELECT RAISE(ABORT, 'article text is immutable');
END;
`,
} as const;
