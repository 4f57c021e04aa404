/**
 * The highlights part of the in-memory test bridge: highlights.* and quotes.list with the same
 * rules and messages as electron/core/annotations/highlights.ts — offsets in code points,
 * anchors created with and verified by shared/anchors, overlapping and nested highlights.
 * Each change is a step of the shared undo log (test-bridge-history.ts) that restores a
 * snapshot. A test double for component tests only; the real store is tested on SQLite.
 * (Tag changes are kept by test-bridge-tags.ts and are not in this undo log.)
 */
import { createAnchor, verifyAnchor, type Anchor } from '../../../shared/anchors/quote-selector';
import { DaftarError, readerHighlight, type Handlers, type Highlight, type TagKind } from '../../../shared/contract/index';
import { codePointLength } from '../../../shared/text/codepoints';
import { ACTOR, changesOf, type HistoryDouble } from './test-bridge-history';

export type HighlightMethod =
  | 'highlights.forArticle'
  | 'highlights.create'
  | 'highlights.update'
  | 'highlights.delete'
  | 'quotes.list';

interface Stored extends Omit<Highlight, 'anchor' | 'candidate'> {}

export interface HighlightDoubleContext {
  /** The open project's article, or null when there is none with that id. */
  article(id: string): { text: string; title: string; file: string | null } | null;
  /** A tag's kind and name, or null when it does not exist (deleted, merged). */
  tag(id: string): { kind: TagKind; name: string } | null;
  now(): string;
  /** The undo log the changes are recorded in. */
  history: HistoryDouble;
}

export interface HighlightDouble {
  handlers: Pick<Handlers, HighlightMethod>;
  /**
   * Store a highlight as a file from elsewhere might hold it: any offsets and quote, without
   * checks and outside the undo log (to show an anchor that no longer matches its text).
   */
  seedRaw(h: { articleId: string } & Anchor & Partial<Pick<Highlight, 'speakerId' | 'themeIds' | 'note'>>): string;
}

export function createHighlightDouble(ctx: HighlightDoubleContext): HighlightDouble {
  let store = new Map<string, Stored>();
  let nextId = 1;

  const requireArticle = (id: string) => {
    const a = ctx.article(id);
    if (!a) throw new DaftarError('not_found', `No article with id ${id} in this project.`);
    return a;
  };
  const view = (h: Stored): Highlight => {
    const check = verifyAnchor(requireArticle(h.articleId).text, h);
    return structuredClone({ ...h, themeIds: [...h.themeIds].sort(), anchor: check.status, candidate: check.status === 'moved' ? check.candidate : null });
  };
  const requireHighlight = (id: string) => {
    const h = store.get(id);
    if (!h) throw new DaftarError('not_found', `No highlight with id ${id}; it may have been deleted.`);
    return h;
  };
  const checkTags = (speakerId: string | null | undefined, themeIds: string[] | undefined) => {
    if (speakerId) {
      const s = ctx.tag(speakerId);
      if (!s) throw new DaftarError('not_found', 'That speaker no longer exists (it may have been deleted or merged); choose another.');
      if (s.kind !== 'speaker') throw new DaftarError('invalid_input', 'A theme was given where a speaker is expected.');
    }
    for (const id of themeIds ?? []) {
      const t = ctx.tag(id);
      if (!t) throw new DaftarError('not_found', 'One of the themes no longer exists (it may have been deleted or merged).');
      if (t.kind !== 'theme') throw new DaftarError('invalid_input', 'A speaker was given where a theme is expected.');
    }
  };
  const record = (label: string, work: (next: Map<string, Stored>) => void) => {
    const before = new Map([...store].map(([k, v]) => [k, structuredClone(v)]));
    const next = new Map([...store].map(([k, v]) => [k, structuredClone(v)]));
    work(next);
    // What changed, as the core reads it from its row images: the articles of the quotes that differ.
    const changedQuotes = [...new Set([...before.keys(), ...next.keys()])].filter((id) => JSON.stringify(before.get(id)) !== JSON.stringify(next.get(id)));
    const annotations = changedQuotes.map((id) => (next.get(id) ?? before.get(id))!.articleId);
    const notes = changedQuotes.some((id) => (before.get(id)?.note ?? null) !== (next.get(id)?.note ?? null));
    const copy = (m: Map<string, Stored>) => new Map([...m].map(([k, v]) => [k, structuredClone(v)]));
    ctx.history.record({
      label,
      changed: changesOf({ tables: ['highlights', ...(notes ? ['notes'] : [])], annotations, notes }),
      undo: () => (store = copy(before)),
      redo: () => (store = copy(next)),
    });
    store = next;
  };
  const byPosition = (a: Stored, b: Stored) => a.start - b.start || b.end - a.end;

  const handlers: HighlightDouble['handlers'] = {
    'highlights.forArticle': async ({ articleId, lean }) => {
      requireArticle(articleId);
      const highlights = [...store.values()].filter((h) => h.articleId === articleId).sort(byPosition).map(view);
      return lean ? highlights.map(readerHighlight) : highlights;
    },
    'highlights.create': async (input) => {
      const article = requireArticle(input.articleId);
      const chars = codePointLength(article.text);
      if (!(input.start >= 0 && input.end > input.start && input.end <= chars)) {
        throw new DaftarError(
          'invalid_input',
          `The selection ${input.start}–${input.end} is not inside the article "${article.title}" (0–${chars}); select some of its text.`,
        );
      }
      const anchor = createAnchor(article.text, input.start, input.end);
      if (anchor.exact.trim() === '') throw new DaftarError('invalid_input', 'The selection is only white space; select some words.');
      checkTags(input.speakerId, input.themeIds);
      const id = `hl-${nextId++}`;
      const at = ctx.now();
      record('create highlight', (next) =>
        next.set(id, {
          id,
          articleId: input.articleId,
          ...anchor,
          speakerId: input.speakerId ?? null,
          themeIds: [...new Set(input.themeIds ?? [])],
          note: input.note?.trim() ? input.note : null,
          createdBy: ACTOR,
          createdAt: at,
          updatedBy: ACTOR,
          updatedAt: at,
        }),
      );
      return view(store.get(id)!);
    },
    'highlights.update': async ({ id, ...patch }) => {
      requireHighlight(id);
      checkTags(patch.speakerId, patch.themeIds);
      record('edit highlight', (next) => {
        const h = next.get(id)!;
        if (patch.speakerId !== undefined) h.speakerId = patch.speakerId;
        if (patch.themeIds !== undefined) h.themeIds = [...new Set(patch.themeIds)];
        if (patch.note !== undefined) h.note = patch.note?.trim() ? patch.note : null;
        h.updatedBy = ACTOR;
        h.updatedAt = ctx.now();
      });
      return view(store.get(id)!);
    },
    'highlights.delete': async ({ id }) => {
      requireHighlight(id);
      record('delete highlight', (next) => next.delete(id));
      return { deleted: true };
    },
    'quotes.list': async ({ articleId, speaker, theme, limit }) => {
      if (speaker || theme) throw new DaftarError('unsupported', 'The test bridge lists quotes by article only.');
      return [...store.values()]
        .filter((h) => !articleId || h.articleId === articleId)
        .sort(byPosition)
        .slice(0, limit)
        .map((h) => {
          const a = requireArticle(h.articleId);
          const v = view(h);
          return {
            ...v,
            articleTitle: a.title,
            articleFile: a.file,
            speaker: h.speakerId ? (ctx.tag(h.speakerId)?.name ?? null) : null,
            themes: v.themeIds.map((t) => ctx.tag(t)?.name ?? t),
          };
        });
    },
  };

  return {
    handlers,
    seedRaw(h) {
      const id = `hl-${nextId++}`;
      const at = ctx.now();
      store.set(id, {
        id,
        articleId: h.articleId,
        start: h.start,
        end: h.end,
        exact: h.exact,
        prefix: h.prefix,
        suffix: h.suffix,
        speakerId: h.speakerId ?? null,
        themeIds: h.themeIds ?? [],
        note: h.note ?? null,
        createdBy: ACTOR,
        createdAt: at,
        updatedBy: ACTOR,
        updatedAt: at,
      });
      return id;
    },
  };
}
