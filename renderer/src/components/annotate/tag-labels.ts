/** How speakers and themes are named and listed in the annotating UI. */
import type { Tag } from '../../../../shared/contract/index';
import type { Language } from '../../i18n/index';
import { tagsOfKind, themeTree } from '../../state/codebook-store';
import type { PickItem } from './QuickPick';

/** A theme's label in the UI language when it has one, else its name. */
export function tagLabel(tag: Tag, language: Language): string {
  const label = language === 'ar' ? tag.labelAr : tag.labelEn;
  return label?.trim() ? label : tag.name;
}

export function speakerItems(tags: Tag[]): PickItem[] {
  return tagsOfKind(tags, 'speaker').map((s) => ({
    id: s.id,
    label: s.name,
    keys: [...s.aliases, s.labelAr ?? '', s.labelEn ?? ''],
    hint: [s.role, s.organisation].filter(Boolean).join(' · ') || null,
  }));
}

export function themeItems(tags: Tag[], language: Language, checked: string[]): PickItem[] {
  return themeTree(tags).map(({ tag, depth }) => ({
    id: tag.id,
    label: tagLabel(tag, language),
    keys: [tag.name, tag.labelAr ?? '', tag.labelEn ?? '', ...tag.aliases],
    color: tag.color,
    depth,
    checked: checked.includes(tag.id),
  }));
}

/** The themes keys 1–9 apply: the first nine in tree order. */
export function numberedThemes(tags: Tag[]): Tag[] {
  return themeTree(tags)
    .slice(0, 9)
    .map((n) => n.tag);
}

export function toggle(ids: string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}
