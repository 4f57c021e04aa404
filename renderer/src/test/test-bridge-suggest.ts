/**
 * The suggestions part of the in-memory test bridge: suggest.* over statements a test seeds
 * (the detector itself is tested on real text in shared/suggest and electron/core/suggest).
 * Speakers resolve by name against the tag double's speakers at every call, so a speaker
 * created by an accept is "in the project" for the next suggestion, as in the application.
 * Accepting goes through the highlight double (its undo log); rejections are a plain set here,
 * outside that log — the application's undo of a rejection is tested on SQLite.
 */
import { normalizeArabic } from '../../../shared/arabic/normalize';
import { codePointLength } from '../../../shared/text/codepoints';
import { DaftarError, type Handlers, type Highlight, type SuggestionRow, type Tag } from '../../../shared/contract/index';

export type SuggestMethod = 'suggest.forArticle' | 'suggest.accept' | 'suggest.acceptAll' | 'suggest.reject' | 'suggest.unreject';

export interface SuggestionSeed {
  /** The statement's words as they stand in the article (its first occurrence). */
  text: string;
  speaker: string;
  role?: string;
  organisation?: string;
  cue: string;
  confidence?: number;
}

export interface SuggestDoubleContext {
  article(id: string): { text: string; title: string } | null;
  highlights: Pick<Handlers, 'highlights.forArticle' | 'highlights.create'>;
  tags: Pick<Handlers, 'tags.list' | 'tags.create'>;
}

const key = (s: string) => normalizeArabic(s).replace(/\s+/g, ' ').trim();

export function createSuggestDouble(seeds: Record<string, SuggestionSeed[]>, ctx: SuggestDoubleContext): { handlers: Pick<Handlers, SuggestMethod> } {
  const rejected = new Set<string>();
  const requireArticle = (id: string) => {
    const a = ctx.article(id);
    if (!a) throw new DaftarError('not_found', `No article with id ${id} in this project.`);
    return a;
  };
  const speakerOf = (tags: Tag[], name: string) => tags.find((t) => t.kind === 'speaker' && [t.name, ...t.aliases].some((n) => key(n) === key(name)));
  const speakerIdFor = async (input: { speakerId?: string; newSpeaker?: { name: string; role?: string | null; organisation?: string | null } }) => {
    if (input.speakerId) return input.speakerId;
    if (!input.newSpeaker) return null;
    const found = speakerOf(await ctx.tags['tags.list']({}), input.newSpeaker.name);
    if (found) return found.id;
    const { name, role, organisation } = input.newSpeaker;
    return (await ctx.tags['tags.create']({ kind: 'speaker', name, role: role ?? null, organisation: organisation ?? null, aliases: [] } as never)).id;
  };
  const create = (articleId: string, start: number, end: number, speakerId: string | null): Promise<Highlight> =>
    ctx.highlights['highlights.create']({ articleId, start, end, speakerId, themeIds: [] } as never);

  return {
    handlers: {
      'suggest.forArticle': async ({ articleId, includeRejected }) => {
        const article = requireArticle(articleId);
        const tags = await ctx.tags['tags.list']({});
        const highlights = await ctx.highlights['highlights.forArticle']({ articleId });
        const rows: SuggestionRow[] = (seeds[article.title] ?? []).map((seed) => {
          const at = article.text.indexOf(seed.text);
          if (at < 0) throw new Error(`test bridge: "${seed.text}" is not in "${article.title}"`);
          const start = codePointLength(article.text.slice(0, at));
          const end = start + codePointLength(seed.text);
          const tag = speakerOf(tags, seed.speaker);
          return {
            articleId,
            start,
            end,
            text: seed.text,
            speaker: {
              name: tag ? tag.name : seed.speaker,
              role: tag ? tag.role : (seed.role ?? null),
              organisation: tag ? tag.organisation : (seed.organisation ?? null),
              kind: 'person',
              speakerId: tag?.id ?? null,
              match: tag ? 'exact' : null,
            },
            cue: seed.cue,
            cueKind: 'verb',
            confidence: seed.confidence ?? 0.9,
            overlapsExisting: highlights.some((h) => h.start < end && h.end > start),
            rejected: rejected.has(`${articleId}:${start}:${end}`),
          };
        });
        rows.sort((a, b) => a.start - b.start);
        return includeRejected ? rows : rows.filter((r) => !r.rejected);
      },
      'suggest.accept': async (input) => create(input.articleId, input.start, input.end, await speakerIdFor(input)),
      'suggest.acceptAll': async (input) => {
        const speakerId = await speakerIdFor(input);
        const out: Highlight[] = [];
        for (const s of input.spans) out.push(await create(input.articleId, s.start, s.end, speakerId));
        return out;
      },
      'suggest.reject': async ({ articleId, start, end }) => {
        requireArticle(articleId);
        const k = `${articleId}:${start}:${end}`;
        const changed = !rejected.has(k);
        rejected.add(k);
        return { changed };
      },
      'suggest.unreject': async ({ articleId, start, end }) => ({ changed: rejected.delete(`${articleId}:${start}:${end}`) }),
    },
  };
}
