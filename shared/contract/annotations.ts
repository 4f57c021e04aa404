import { z } from 'zod';
import { contractMessage } from './reasons';

/** Limits that keep one bad paste from making a project unusable; messages say so. */
export const LIMITS = {
  tagName: 200,
  alias: 200,
  aliases: 100,
  description: 5_000,
  note: 50_000,
  themesPerHighlight: 50,
} as const;

const Id = z.string().min(1).max(64);
const Name = z
  .string()
  .max(LIMITS.tagName, contractMessage('request_name_too_long', { max: LIMITS.tagName }))
  .refine((s) => s.trim().length > 0, contractMessage('request_name_blank'));
const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, contractMessage('request_colour'));
const OptionalText = (max: number) => z.string().max(max).nullable().optional();

export const TagKind = z.enum(['speaker', 'theme']);
export type TagKind = z.infer<typeof TagKind>;

export const Tag = z.object({
  id: z.string(),
  kind: TagKind,
  name: z.string(),
  labelAr: z.string().nullable(),
  labelEn: z.string().nullable(),
  description: z.string().nullable(),
  color: z.string().nullable(),
  parentId: z.string().nullable(),
  role: z.string().nullable(),
  organisation: z.string().nullable(),
  aliases: z.array(z.string()),
  position: z.number().int(),
  /** Highlights that carry this tag (for themes: directly, not through descendants). */
  count: z.number().int(),
});
export type Tag = z.infer<typeof Tag>;

export const TagInput = z.object({
  kind: TagKind,
  name: Name,
  labelAr: OptionalText(LIMITS.tagName),
  labelEn: OptionalText(LIMITS.tagName),
  description: OptionalText(LIMITS.description),
  color: Color.nullable().optional(),
  parentId: Id.nullable().optional(),
  role: OptionalText(LIMITS.tagName),
  organisation: OptionalText(LIMITS.tagName),
  aliases: z.array(z.string().max(LIMITS.alias)).max(LIMITS.aliases).optional(),
});
export type TagInput = z.infer<typeof TagInput>;

export const TagPatch = TagInput.omit({ kind: true }).partial().extend({ position: z.number().int().optional() });
export type TagPatch = z.infer<typeof TagPatch>;

export const AnchorStatus = z.enum(['ok', 'moved', 'missing']);

export const Highlight = z.object({
  id: z.string(),
  articleId: z.string(),
  /** Code-point offsets into the article text, end exclusive. */
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  speakerId: z.string().nullable(),
  themeIds: z.array(z.string()),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  /** Checked against the article text on every load; a mismatch is shown, never moved. */
  anchor: AnchorStatus,
  /** Where the quote is now, when anchor is 'moved'. */
  candidate: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
});
export type Highlight = z.infer<typeof Highlight>;

/**
 * A highlight as the reader draws it: without its anchor's prefix and suffix (the context kept
 * to find a moved quote again, read only by the application). About a fifth of the answer for
 * an article with many highlights; the anchor's status and candidate still come checked.
 */
export const ReaderHighlight = Highlight.omit({ prefix: true, suffix: true });
export type ReaderHighlight = z.infer<typeof ReaderHighlight>;

/** The reader's shape of a highlight: the same object without the anchor's prefix and suffix. */
export function readerHighlight(h: Highlight): ReaderHighlight {
  const { prefix, suffix, ...rest } = h;
  return rest;
}

/** highlights.forArticle: full highlights, or with `lean` the reader's (no prefix/suffix). */
export const ArticleHighlight = Highlight.partial({ prefix: true, suffix: true });
export type ArticleHighlight = z.infer<typeof ArticleHighlight>;

export const QuoteRow = Highlight.extend({
  articleTitle: z.string(),
  articleFile: z.string().nullable(),
  speaker: z.string().nullable(),
  themes: z.array(z.string()),
});
export type QuoteRow = z.infer<typeof QuoteRow>;

export const HistoryState = z.object({
  undo: z.object({ id: z.string(), label: z.string(), actor: z.string(), at: z.string() }).nullable(),
  redo: z.object({ id: z.string(), label: z.string(), actor: z.string(), at: z.string() }).nullable(),
});

/** What an undo or redo changed, so the UI refreshes that and nothing else. */
export const ChangeKind = z.enum(['metadata', 'highlights', 'notes', 'codebook', 'rejections']);
export type ChangeKind = z.infer<typeof ChangeKind>;
export const MetaField = z.enum(['title', 'source', 'published', 'place', 'url', 'author']);
export type MetaField = z.infer<typeof MetaField>;

/**
 * Read from the operation's own row images (electron/core/history/changed.ts), never guessed:
 * metadata = an article's details; highlights = quotes, their speaker or themes; notes = notes
 * on quotes or articles; codebook = speakers, themes, their aliases and tree; rejections =
 * rejected suggestions. Article ids are sorted, each list without repeats.
 */
export const HistoryChanges = z.object({
  /** The tables the step wrote, as the operation log names them. */
  tables: z.array(z.string()),
  kinds: z.array(ChangeKind),
  /** Every article whose details, quotes, notes or rejected suggestions changed. */
  articleIds: z.array(z.string()),
  /** Articles whose details changed, with the fields that did. */
  metadata: z.array(z.object({ id: z.string(), fields: z.array(MetaField) })),
  /** Articles whose quotes (with their speaker, themes) or notes changed. */
  annotations: z.array(z.string()),
  /** Articles whose rejected suggestions changed. */
  rejections: z.array(z.string()),
});
export type HistoryChanges = z.infer<typeof HistoryChanges>;

/** history.undo / history.redo: the labels after the step, and what it changed (null: there was nothing to take back or redo). */
export const HistoryStep = HistoryState.extend({ changed: HistoryChanges.nullable() });
export type HistoryStep = z.infer<typeof HistoryStep>;

const Note = z.string().max(LIMITS.note, contractMessage('request_note_too_long', { max: LIMITS.note.toLocaleString('en') }));

export const annotationMethods = {
  'tags.list': { request: z.object({}), response: z.array(Tag) },
  'tags.create': { request: TagInput, response: Tag },
  'tags.update': { request: z.object({ id: Id, patch: TagPatch }), response: Tag },
  'tags.delete': { request: z.object({ id: Id }), response: z.object({ deleted: z.boolean(), highlightsAffected: z.number().int() }) },
  'tags.merge': { request: z.object({ sourceId: Id, targetId: Id }), response: Tag },
  'highlights.forArticle': {
    request: z.object({
      articleId: Id,
      /** Leave out each anchor's prefix and suffix (the reader's answer; exports and the CLI keep them). */
      lean: z.boolean().optional(),
    }),
    response: z.array(ArticleHighlight),
  },
  'highlights.create': {
    request: z.object({
      articleId: Id,
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      speakerId: Id.nullable().optional(),
      themeIds: z.array(Id).max(LIMITS.themesPerHighlight).optional(),
      note: Note.nullable().optional(),
    }),
    response: Highlight,
  },
  'highlights.update': {
    request: z.object({
      id: Id,
      speakerId: Id.nullable().optional(),
      themeIds: z.array(Id).max(LIMITS.themesPerHighlight).optional(),
      note: Note.nullable().optional(),
    }),
    response: Highlight,
  },
  'highlights.delete': { request: z.object({ id: Id }), response: z.object({ deleted: z.boolean() }) },
  'quotes.list': {
    request: z.object({
      articleId: Id.optional(),
      speaker: z.string().max(LIMITS.tagName).optional(),
      theme: z.string().max(LIMITS.tagName).optional(),
      limit: z.number().int().min(1).max(100_000).default(5_000),
    }),
    response: z.array(QuoteRow),
  },
  'history.state': { request: z.object({}), response: HistoryState },
  'history.undo': { request: z.object({}), response: HistoryStep },
  'history.redo': { request: z.object({}), response: HistoryStep },
} as const;
