/**
 * Which index forms occur in the project's article index (shared/search/fts.ts `Vocabulary`):
 * a word is asked for with up to a dozen clitic forms (وقال، فقال، بقال، لقال…), several of
 * which occur in no article; leaving those out spares FTS5 a phrase on every matching row.
 * Read through an fts5vocab table in the connection's temp schema (nothing is added to the
 * project file), and remembered until the project changes (`changeStamp`).
 */
import type { Vocabulary } from '../../../shared/search/fts';
import type { AnyDb } from '../db/handles';
import { changeStamp, statement } from './response';

const known = new WeakMap<AnyDb, { stamp: string; forms: Map<string, boolean> } | null>();

const EVERY: Vocabulary = () => true;

export function articleVocabulary(db: AnyDb): Vocabulary {
  let entry = known.get(db);
  if (entry === undefined) {
    try {
      db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, 'search_articles', 'row')");
      entry = { stamp: '', forms: new Map() };
    } catch {
      // Without it every form is asked for, as before: slower, never wrong.
      entry = null;
    }
    known.set(db, entry);
  }
  if (entry === null) return EVERY;
  const stamp = changeStamp(db);
  if (entry.stamp !== stamp || entry.forms.size > 100_000) {
    entry.stamp = stamp;
    entry.forms = new Map();
  }
  const { forms } = entry;
  const lookup = statement(db, 'SELECT 1 FROM temp.search_vocab WHERE term = ?').pluck();
  return (form) => {
    let has = forms.get(form);
    if (has === undefined) {
      has = lookup.get(form) !== undefined;
      forms.set(form, has);
    }
    return has;
  };
}
