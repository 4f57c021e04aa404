/**
 * The speaker and theme filters, resolved to tag ids: from the filter panel (ids picked from
 * the codebook) and from the query (speaker:NAME, theme:NAME as typed). A typed speaker
 * matches its name or any alias after Arabic normalisation (غوتيريش finds the speaker whose
 * alias is غوتيريش; hamzas and diacritics never matter); when no name or alias is exactly it,
 * names and aliases containing it count (speaker:غوتيريش finds "أنطونيو غوتيريش"). A theme
 * also matches its Arabic and English labels, and brings every theme below it.
 *
 * Several typed names of one kind are alternatives (speaker:a speaker:b: either); the panel's
 * pick and the typed names must both hold (their ids intersect).
 */
import type { SearchFilters } from '../../../shared/contract/search';
import { note, quotedList, type QueryNote } from '../../../shared/search/notes';
import type { QueryFilters } from '../../../shared/search/query';
import { nameKey } from '../annotations/tags';
import type { AnyDb } from '../db/handles';

export interface CodebookFilter {
  /** A quote must have one of these speakers (null: no speaker filter). */
  speakerIds: string[] | null;
  /** A quote must be coded with one of these themes (null: no theme filter). */
  themeIds: string[] | null;
  /** True when a filter can match no quote (a name nobody has, or disjoint picks). */
  matchesNothing: boolean;
  notes: QueryNote[];
}

interface TagKeys {
  id: string;
  parentId: string | null;
  /** Normalised name, aliases and labels. */
  keys: string[];
}

function tagsOfKind(db: AnyDb, kind: 'speaker' | 'theme'): TagKeys[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.parent_id AS parentId, t.name_norm AS name, t.label_ar AS labelAr, t.label_en AS labelEn,
         (SELECT json_group_array(alias_norm) FROM tag_aliases a WHERE a.tag_id = t.id) AS aliases
       FROM tags t WHERE t.kind = ?`,
    )
    .all(kind) as { id: string; parentId: string | null; name: string; labelAr: string | null; labelEn: string | null; aliases: string }[];
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parentId,
    keys: [r.name, ...(JSON.parse(r.aliases) as string[]), ...[r.labelAr, r.labelEn].filter((l): l is string => !!l).map(nameKey)],
  }));
}

/** Tags named so (exactly, else by containing the typed text). */
function byName(tags: TagKeys[], typed: string): TagKeys[] {
  const key = nameKey(typed);
  if (key === '') return [];
  const exact = tags.filter((t) => t.keys.includes(key));
  return exact.length ? exact : tags.filter((t) => t.keys.some((k) => k.includes(key)));
}

/** The themes with every theme below them (the tree is small: walked in memory). */
function withDescendants(themes: TagKeys[], ids: Iterable<string>): Set<string> {
  const out = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of themes) {
      if (t.parentId && out.has(t.parentId) && !out.has(t.id)) {
        out.add(t.id);
        grew = true;
      }
    }
  }
  return out;
}

function intersect(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  return new Set([...a].filter((x) => b.has(x)));
}

export function resolveCodebookFilter(db: AnyDb, panel: SearchFilters, query: QueryFilters): CodebookFilter {
  const f: CodebookFilter = { speakerIds: null, themeIds: null, matchesNothing: false, notes: [] };

  if (panel.speakerId !== undefined || query.speakers.length) {
    let typed: Set<string> | null = null;
    if (query.speakers.length) {
      const speakers = tagsOfKind(db, 'speaker');
      typed = new Set(query.speakers.flatMap((name) => byName(speakers, name).map((t) => t.id)));
      if (typed.size === 0) f.notes.push(note('no_speaker', { names: quotedList(query.speakers) }));
    }
    const ids = intersect(panel.speakerId !== undefined ? new Set([panel.speakerId]) : null, typed)!;
    f.speakerIds = [...ids];
  }

  if (panel.themeId !== undefined || query.themes.length) {
    const themes = tagsOfKind(db, 'theme');
    let typed: Set<string> | null = null;
    if (query.themes.length) {
      typed = withDescendants(themes, query.themes.flatMap((name) => byName(themes, name).map((t) => t.id)));
      if (typed.size === 0) f.notes.push(note('no_theme', { names: quotedList(query.themes) }));
    }
    const ids = intersect(panel.themeId !== undefined ? withDescendants(themes, [panel.themeId]) : null, typed)!;
    f.themeIds = [...ids];
  }

  f.matchesNothing = f.speakerIds?.length === 0 || f.themeIds?.length === 0;
  return f;
}

/** Ids travel as one JSON parameter, so the SQL (and its prepared statement) stays the same. */
const IDS = '(SELECT value FROM json_each(?))';

/**
 * The filter as SQL conditions on a highlight `alias` (quotes scope; notes on a quote).
 */
export function highlightConditions(f: CodebookFilter, alias: string): { where: string[]; params: string[] } {
  const where: string[] = [];
  const params: string[] = [];
  if (f.speakerIds) {
    where.push(`${alias}.speaker_id IN ${IDS}`);
    params.push(JSON.stringify(f.speakerIds));
  }
  if (f.themeIds) {
    where.push(`EXISTS (SELECT 1 FROM highlight_themes ht WHERE ht.highlight_id = ${alias}.id AND ht.tag_id IN ${IDS})`);
    params.push(JSON.stringify(f.themeIds));
  }
  return { where, params };
}

/**
 * The filter as SQL conditions on an article id expression (articles scope; notes on a whole
 * article): the article has a quote of the speaker, and a quote coded with the theme. Written
 * as IN (subquery) so SQLite builds each set once instead of probing per article.
 */
export function articleConditions(f: CodebookFilter, articleId: string): { where: string[]; params: string[] } {
  const where: string[] = [];
  const params: string[] = [];
  if (f.speakerIds) {
    where.push(`${articleId} IN (SELECT article_id FROM highlights WHERE speaker_id IN ${IDS})`);
    params.push(JSON.stringify(f.speakerIds));
  }
  if (f.themeIds) {
    where.push(
      `${articleId} IN (SELECT h.article_id FROM highlight_themes ht JOIN highlights h ON h.id = ht.highlight_id WHERE ht.tag_id IN ${IDS})`,
    );
    params.push(JSON.stringify(f.themeIds));
  }
  return { where, params };
}
