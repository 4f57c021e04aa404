/**
 * Migration 3: the analyst's work — tags (speakers and themes), highlights (quotes), their
 * themes, notes, and the operation log behind undo/redo and provenance.
 * Immutable once released: change the schema with a new numbered migration, never here.
 */
export const migration0003 = {
  version: 3,
  name: 'annotations',
  sql: `
CREATE TABLE tags (
  id           TEXT PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('speaker', 'theme')),
  name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
  name_norm    TEXT NOT NULL,            -- normalizeArabic(name): lookups by any spelling
  label_ar     TEXT,
  label_en     TEXT,
  description  TEXT,
  color        TEXT CHECK (color IS NULL OR color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
  parent_id    TEXT REFERENCES tags(id),  -- themes form a tree
  role         TEXT,                      -- speakers: e.g. وزير الخارجية
  organisation TEXT,                      -- speakers: e.g. الأمم المتحدة
  position     INTEGER NOT NULL DEFAULT 0,
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX tags_kind_name ON tags(kind, name_norm);
CREATE INDEX tags_parent ON tags(parent_id);

CREATE TABLE tag_aliases (
  tag_id     TEXT NOT NULL REFERENCES tags(id),
  alias      TEXT NOT NULL,
  alias_norm TEXT NOT NULL,
  PRIMARY KEY (tag_id, alias_norm)
) STRICT;
CREATE INDEX tag_aliases_norm ON tag_aliases(alias_norm);

CREATE TABLE highlights (
  id          TEXT PRIMARY KEY,
  article_id  TEXT NOT NULL REFERENCES articles(id),
  start_cp    INTEGER NOT NULL,           -- code points into articles.text, end exclusive
  end_cp      INTEGER NOT NULL,
  exact       TEXT NOT NULL,              -- W3C TextQuoteSelector
  prefix      TEXT NOT NULL,
  suffix      TEXT NOT NULL,
  speaker_id  TEXT REFERENCES tags(id),
  created_by  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (start_cp >= 0 AND end_cp > start_cp)
) STRICT;
CREATE INDEX highlights_article ON highlights(article_id, start_cp);
CREATE INDEX highlights_speaker ON highlights(speaker_id);

CREATE TABLE highlight_themes (
  highlight_id TEXT NOT NULL REFERENCES highlights(id),
  tag_id       TEXT NOT NULL REFERENCES tags(id),
  PRIMARY KEY (highlight_id, tag_id)
) STRICT;
CREATE INDEX highlight_themes_tag ON highlight_themes(tag_id);

CREATE TABLE notes (
  id          TEXT PRIMARY KEY,
  highlight_id TEXT REFERENCES highlights(id),
  article_id  TEXT REFERENCES articles(id),
  text        TEXT NOT NULL,
  created_by  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK ((highlight_id IS NULL) <> (article_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX notes_highlight ON notes(highlight_id) WHERE highlight_id IS NOT NULL;
CREATE UNIQUE INDEX notes_article ON notes(article_id) WHERE article_id IS NOT NULL;

-- Every change the analyst makes, as before/after row images: undo, redo and provenance.
CREATE TABLE operations (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  id         TEXT NOT NULL UNIQUE,
  label      TEXT NOT NULL,
  actor      TEXT NOT NULL,
  at         TEXT NOT NULL,
  changes    TEXT NOT NULL,               -- JSON: [{table, key, before, after}]
  state      TEXT NOT NULL CHECK (state IN ('done', 'undone', 'discarded'))
) STRICT;
`,
} as const;
