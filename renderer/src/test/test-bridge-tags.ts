/**
 * The codebook part of the in-memory test bridge: speakers and themes with the same rules and
 * the same messages as electron/core/annotations/tags.ts (names unique per kind after Arabic
 * normalisation, aliases count as names, no theme cycles, delete re-parents sub-themes, merge
 * combines aliases). A test double for component tests only; the real rules are tested
 * against SQLite in electron/core/annotations.
 *
 * The double has no highlights of its own: a seed says how many quotes carry a tag and in
 * which articles (by title), which is what the codebook counts and the library filter need.
 */
import { normalizeArabic } from '../../../shared/arabic/normalize';
import { DaftarError, type Handlers, type Tag, type TagInput, type TagKind } from '../../../shared/contract/index';

export interface TagSeed {
  kind: TagKind;
  name: string;
  aliases?: string[];
  role?: string;
  organisation?: string;
  labelAr?: string;
  labelEn?: string;
  description?: string;
  color?: string;
  /** Name of the parent theme (seeds are added in order, so parents come first). */
  parent?: string;
  /** Titles of the articles that hold quotes with this tag; one quote each. */
  articles?: string[];
}

export type TagMethod = 'tags.list' | 'tags.create' | 'tags.update' | 'tags.delete' | 'tags.merge';

export interface TagDouble {
  handlers: Pick<Handlers, TagMethod>;
  /** Whether an article passes articles.list's speakerId/themeId filter (theme includes sub-themes). */
  articleMatches(articleTitle: string, filter: { speakerId?: string | null; themeId?: string | null }): boolean;
  /** A tag's id by name, for tests that need to refer to a seeded tag. */
  idOf(kind: TagKind, name: string): string;
}

const key = (name: string) => normalizeArabic(name).replace(/\s+/g, ' ').trim();
const PALETTE = ['#f4c542', '#7cc6fe', '#f497b6', '#9be89b', '#c7a4ff', '#ffb36b', '#6fe0d6', '#e6e66a', '#ff8f8f'];

interface Stored extends Omit<Tag, 'count'> {
  /** Article title per quote carrying this tag. */
  quotes: string[];
}

export function createTagDouble(seeds: TagSeed[] = []): TagDouble {
  const tags: Stored[] = [];
  let nextId = 1;

  const find = (kind: TagKind, name: string) => {
    const k = key(name);
    return tags.find((t) => t.kind === kind && (key(t.name) === k || t.aliases.some((a) => key(a) === k)));
  };
  const requireTag = (id: string) => {
    const tag = tags.find((t) => t.id === id);
    if (!tag) throw new DaftarError('not_found', `No speaker or theme with id ${id}; it may have been deleted.`);
    return tag;
  };
  const subtree = (id: string): string[] => [id, ...tags.filter((t) => t.parentId === id).flatMap((t) => subtree(t.id))];
  const checkNameFree = (kind: TagKind, name: string, exceptId: string | null) => {
    const clash = find(kind, name);
    if (clash && clash.id !== exceptId) {
      throw new DaftarError('invalid_input', `A ${kind} named "${clash.name}" already exists (it matches "${name.trim()}").`);
    }
  };
  const checkParent = (kind: TagKind, id: string | null, parentId: string | null | undefined) => {
    if (!parentId) return;
    const parent = requireTag(parentId);
    if (kind !== 'theme' || parent.kind !== 'theme') throw new DaftarError('invalid_input', 'Only themes can be placed under other themes.');
    if (id && subtree(id).includes(parentId)) {
      throw new DaftarError('invalid_input', `"${parent.name}" is inside this theme already; a theme cannot be placed under itself or its own sub-themes.`);
    }
  };
  const cleanAliases = (canonical: string, aliases: string[]) => {
    const seen = new Set([key(canonical)]);
    return aliases.map((a) => a.trim()).filter((a) => {
      const k = key(a);
      if (!k || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  const view = (t: Stored): Tag => {
    const { quotes, ...tag } = t;
    return structuredClone({ ...tag, count: quotes.length });
  };

  const create = (input: TagInput, quotes: string[] = []): Stored => {
    const name = input.name.trim();
    checkNameFree(input.kind, name, null);
    for (const alias of input.aliases ?? []) checkNameFree(input.kind, alias, null);
    checkParent(input.kind, null, input.parentId);
    const themes = tags.filter((t) => t.kind === 'theme').length;
    const tag: Stored = {
      id: `tag-${nextId++}`,
      kind: input.kind,
      name,
      labelAr: input.labelAr ?? null,
      labelEn: input.labelEn ?? null,
      description: input.description ?? null,
      color: input.color ?? (input.kind === 'theme' ? PALETTE[themes % PALETTE.length] : null),
      parentId: input.parentId ?? null,
      role: input.role ?? null,
      organisation: input.organisation ?? null,
      aliases: cleanAliases(name, input.aliases ?? []),
      position: tags.filter((t) => t.kind === input.kind).length,
      quotes,
    };
    tags.push(tag);
    return tag;
  };

  for (const seed of seeds) {
    const parentId = seed.parent ? find('theme', seed.parent)?.id : undefined;
    if (seed.parent && !parentId) throw new Error(`test bridge: seed ${seed.name} names a parent ${seed.parent} that was not seeded before it`);
    const { articles, parent: _parent, ...input } = seed;
    create({ ...input, parentId }, [...(articles ?? [])]);
  }

  const handlers: TagDouble['handlers'] = {
    'tags.list': async () =>
      [...tags].sort((a, b) => a.kind.localeCompare(b.kind) || a.position - b.position).map(view),
    'tags.create': async (input) => view(create(input)),
    'tags.update': async ({ id, patch }) => {
      const tag = requireTag(id);
      const name = patch.name?.trim() ?? tag.name;
      if (patch.name !== undefined) checkNameFree(tag.kind, name, id);
      for (const alias of patch.aliases ?? []) checkNameFree(tag.kind, alias, id);
      if (patch.parentId !== undefined) checkParent(tag.kind, id, patch.parentId);
      const { aliases, ...rest } = patch;
      for (const [k, v] of Object.entries(rest)) if (v !== undefined) (tag as unknown as Record<string, unknown>)[k] = v;
      tag.name = name;
      if (aliases) tag.aliases = cleanAliases(name, aliases);
      return view(tag);
    },
    'tags.delete': async ({ id }) => {
      const tag = requireTag(id);
      for (const child of tags.filter((t) => t.parentId === id)) child.parentId = tag.parentId;
      tags.splice(tags.indexOf(tag), 1);
      return { deleted: true, highlightsAffected: tag.quotes.length };
    },
    'tags.merge': async ({ sourceId, targetId }) => {
      const source = requireTag(sourceId);
      const target = requireTag(targetId);
      if (sourceId === targetId) throw new DaftarError('invalid_input', 'A speaker or theme cannot be merged into itself.');
      if (source.kind !== target.kind) throw new DaftarError('invalid_input', 'A speaker can only be merged with a speaker, a theme with a theme.');
      if (source.kind === 'theme' && subtree(sourceId).includes(targetId)) {
        throw new DaftarError('invalid_input', `"${target.name}" is inside "${source.name}"; merge it the other way round.`);
      }
      for (const child of tags.filter((t) => t.parentId === sourceId)) child.parentId = targetId;
      tags.splice(tags.indexOf(source), 1);
      target.aliases = cleanAliases(target.name, [...target.aliases, source.name, ...source.aliases]);
      target.quotes.push(...source.quotes);
      return view(target);
    },
  };

  return {
    handlers,
    articleMatches(title, { speakerId, themeId }) {
      if (speakerId && !tags.find((t) => t.id === speakerId)?.quotes.includes(title)) return false;
      if (themeId && !subtree(themeId).some((id) => tags.find((t) => t.id === id)?.quotes.includes(title))) return false;
      return true;
    },
    idOf(kind, name) {
      const tag = find(kind, name);
      if (!tag) throw new Error(`test bridge: no ${kind} named ${name}`);
      return tag.id;
    },
  };
}
