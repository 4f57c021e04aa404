/**
 * Migration 5: suggestions the analyst rejected, so a rejected suggestion does not come back.
 * Immutable once released: change the schema with a new numbered migration, never here.
 *
 * Suggestions themselves are computed on request and never stored; a rejection is keyed by
 * where the statement is (article, code-point start/end) and a hash of its text. Article text
 * never changes, so the offsets stay valid; the hash makes a rejection meet only the same
 * words when it travels to another copy of the article (merge), and lets `daftar check` see
 * a rejection that no longer matches its article. `speaker` and `cue` keep what was rejected
 * readable (the "show rejected" list) without running the detector again.
 */
export const migration0005 = {
  version: 5,
  name: 'suggestion-rejections',
  sql: `
CREATE TABLE suggestion_rejections (
  article_id  TEXT NOT NULL REFERENCES articles(id),
  start_cp    INTEGER NOT NULL,
  end_cp      INTEGER NOT NULL,
  text_hash   TEXT NOT NULL,              -- sha256 hex of the span's text (NFC, as stored)
  speaker     TEXT,                       -- the speaker the suggestion named
  cue         TEXT,
  rejected_by TEXT NOT NULL,
  rejected_at TEXT NOT NULL,
  PRIMARY KEY (article_id, start_cp, end_cp, text_hash),
  CHECK (start_cp >= 0 AND end_cp > start_cp)
) STRICT;
`,
} as const;
