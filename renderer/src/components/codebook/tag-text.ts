/**
 * How the codebook shows and finds tags: the label in the UI language, matching a typed
 * query against names and aliases the way Daftar compares names (normalised Arabic, so
 * أ/إ/ا, ى/ي, ة/ه and diacritics never matter), and the theme tree's number keys.
 */
import { normalizeArabic } from '../../../../shared/arabic/normalize';
import type { Tag } from '../../../../shared/contract/index';
import type { Language } from '../../i18n/index';

/** A theme's label in the UI language, falling back to the other label, then the name. */
export function tagLabel(tag: Tag, language: Language): string {
  const own = language === 'ar' ? tag.labelAr : tag.labelEn;
  return own?.trim() || tag.name;
}

const fold = (text: string) => normalizeArabic(text).replace(/\s+/g, ' ').trim();

/** Whether a typed query finds this tag by part of its name, an alias, or a label. */
export function matchesQuery(tag: Tag, query: string): boolean {
  const q = fold(query);
  if (!q) return true;
  return [tag.name, ...tag.aliases, tag.labelAr, tag.labelEn].some((text) => text != null && fold(text).includes(q));
}

/** The theme ids of a theme and everything below it. */
export function subtreeIds(tags: Tag[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of tags) {
      if (t.parentId && out.has(t.parentId) && !out.has(t.id)) {
        out.add(t.id);
        grew = true;
      }
    }
  }
  return out;
}

/** The number keys 1–9 of the first nine themes in tree order (the reader applies them). */
export function numberKeys(tree: { tag: Tag }[]): Map<string, number> {
  return new Map(tree.slice(0, 9).map(({ tag }, i) => [tag.id, i + 1]));
}

/**
 * The rows of a tree filtered by a query: matching themes and their ancestors (so a match is
 * still seen in its place), everything when the query is empty.
 */
export function visibleTree<T extends { tag: Tag }>(tree: T[], query: string): T[] {
  if (!fold(query)) return tree;
  const byId = new Map(tree.map((row) => [row.tag.id, row.tag]));
  const keep = new Set<string>();
  for (const { tag } of tree) {
    if (!matchesQuery(tag, query)) continue;
    for (let t: Tag | undefined = tag; t && !keep.has(t.id); t = t.parentId ? byId.get(t.parentId) : undefined) keep.add(t.id);
  }
  return tree.filter((row) => keep.has(row.tag.id));
}
