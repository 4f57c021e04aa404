/**
 * Everything merge takes from the other project, read through the read-only handle that
 * passed probeProject. A project from an older Daftar may lack the annotation tables: it then
 * brings only articles.
 */
import type { ReadonlyDb } from '../db/handles';
import type { HighlightRecord, TagRecord } from '../db/rows';
import { hasTable } from '../db/schema';

export interface OtherArticle {
  id: string;
  title: string;
  text: string;
  source: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  original_file: string | null;
  encoding: string | null;
  /** Migration 4's metadata; null when their file is older (or the importer found none). */
  place: string | null;
  abstract: string | null;
  /** JSON as stored in their file: checked before it is taken over (see merge.ts). */
  folded_paragraphs: string | null;
}

export interface OtherTag extends Omit<TagRecord, 'position'> {
  aliases: string[];
}

export interface OtherHighlight extends HighlightRecord {
  themes: string[];
}

export interface OtherNote {
  id: string;
  highlight_id: string | null;
  article_id: string | null;
  text: string;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

/** A suggestion they rejected (migration 5): merged so it does not come back for us either. */
export interface OtherRejection {
  article_id: string;
  start_cp: number;
  end_cp: number;
  text_hash: string;
  speaker: string | null;
  cue: string | null;
  rejected_by: string;
  rejected_at: string;
}

export interface OtherProject {
  articles: OtherArticle[];
  /** Themes come parents first, so a child's parent is always merged before it. */
  tags: OtherTag[];
  highlights: OtherHighlight[];
  notes: OtherNote[];
  rejections: OtherRejection[];
}

export function readOtherProject(other: ReadonlyDb): OtherProject {
  // A project from before migration 4 has no place/abstract/folded columns: read them as NULL.
  const columns = new Set((other.prepare('SELECT name FROM pragma_table_info(?)').all('articles') as { name: string }[]).map((c) => c.name));
  const optional = (name: string) => (columns.has(name) ? name : `NULL AS ${name}`);
  const articles = other
    .prepare(
      `SELECT id, title, text, source, author, published, url, original_file, encoding,
         ${optional('place')}, ${optional('abstract')}, ${optional('folded_paragraphs')}
       FROM articles ORDER BY imported_at, rowid`,
    )
    .all() as OtherArticle[];
  const rejections = hasTable(other, 'suggestion_rejections')
    ? (other.prepare('SELECT * FROM suggestion_rejections ORDER BY rowid').all() as OtherRejection[])
    : [];
  if (!hasTable(other, 'highlights')) return { articles, tags: [], highlights: [], notes: [], rejections };
  const aliases = new Map<string, string[]>();
  for (const a of other.prepare('SELECT tag_id, alias FROM tag_aliases ORDER BY rowid').all() as { tag_id: string; alias: string }[]) {
    aliases.set(a.tag_id, [...(aliases.get(a.tag_id) ?? []), a.alias]);
  }
  const tags = (other.prepare('SELECT * FROM tags ORDER BY kind, position, rowid').all() as Omit<OtherTag, 'aliases'>[]).map((t) => ({
    ...t,
    aliases: aliases.get(t.id) ?? [],
  }));
  const themes = new Map<string, string[]>();
  for (const l of other.prepare('SELECT highlight_id, tag_id FROM highlight_themes ORDER BY rowid').all() as { highlight_id: string; tag_id: string }[]) {
    themes.set(l.highlight_id, [...(themes.get(l.highlight_id) ?? []), l.tag_id]);
  }
  const highlights = (other.prepare('SELECT * FROM highlights ORDER BY rowid').all() as Omit<OtherHighlight, 'themes'>[]).map((h) => ({
    ...h,
    themes: themes.get(h.id) ?? [],
  }));
  const notes = other.prepare('SELECT * FROM notes ORDER BY rowid').all() as OtherNote[];
  return { articles, tags: parentsFirst(tags), highlights, notes, rejections };
}

/** Order tags so every theme follows its parent; a cycle (a damaged file) is cut at the top. */
function parentsFirst(tags: OtherTag[]): OtherTag[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const depth = (t: OtherTag): number => {
    let d = 0;
    for (let cur = t; cur.parent_id && byId.has(cur.parent_id) && d < 64; d++) cur = byId.get(cur.parent_id)!;
    return d;
  };
  return tags.map((t) => ({ t, d: depth(t) })).sort((a, b) => a.d - b.d).map((x) => x.t);
}
