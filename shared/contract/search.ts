import { z } from 'zod';
import { QUERY_NOTE_CODES } from '../search/notes';
import { contractMessage } from './reasons';

/** A date or a date prefix: 2018, 2018-03 or 2018-03-05 (compared against `published`). */
const DatePrefix = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, contractMessage('request_date_prefix'));

export const SearchFilters = z.object({
  /** Exactly this source (as listed by search.facets). */
  source: z.string().min(1).max(500).optional(),
  /** Published on or after this date (prefix). */
  dateFrom: DatePrefix.optional(),
  /** Published on or before this date: 2018-06 includes all of June. */
  dateTo: DatePrefix.optional(),
  /** Imported in this batch. */
  batchId: z.string().min(1).max(64).optional(),
  /** Quotes of this speaker (a tag id, as listed by tags.list). */
  speakerId: z.string().min(1).max(64).optional(),
  /** Quotes coded with this theme or any theme below it (a tag id). */
  themeId: z.string().min(1).max(64).optional(),
});
export type SearchFilters = z.infer<typeof SearchFilters>;

/** A code-point range, end exclusive. */
export const TextRange = z.object({ start: z.number().int(), end: z.number().int() });
export type TextRange = z.infer<typeof TextRange>;

export const SearchSnippet = z.object({
  /** A short stretch of the ORIGINAL (diacritised) text around the first hit. */
  text: z.string(),
  /** Where the stretch is in the article text (code points). */
  start: z.number().int(),
  end: z.number().int(),
  /** The hits inside `text`, relative to it, for marking. */
  marks: z.array(TextRange),
});
export type SearchSnippet = z.infer<typeof SearchSnippet>;

/** What a search looks through: the articles, the quotes (highlights' text), or the notes. */
export const SearchScope = z.enum(['articles', 'quotes', 'notes']);
export type SearchScope = z.infer<typeof SearchScope>;

export const ArticleResult = z.object({
  kind: z.literal('article'),
  articleId: z.string(),
  file: z.string().nullable(),
  title: z.string(),
  source: z.string().nullable(),
  published: z.string().nullable(),
  snippet: SearchSnippet,
  /** Number of marked hits in the article text (0 when only the title matched). */
  hits: z.number().int(),
  /** Relevance: higher is better (negated bm25). */
  score: z.number(),
});
export type ArticleResult = z.infer<typeof ArticleResult>;

const TagRef = z.object({ id: z.string(), name: z.string(), color: z.string().nullable() });

/** Where a quote or note sits: its article, for showing and opening it. */
const ArticleRef = {
  articleId: z.string(),
  articleTitle: z.string(),
  file: z.string().nullable(),
  source: z.string().nullable(),
  published: z.string().nullable(),
};

export const QuoteResult = z.object({
  kind: z.literal('quote'),
  highlightId: z.string(),
  ...ArticleRef,
  /** The quote's place in the article text (code points), for focusing it. */
  start: z.number().int(),
  end: z.number().int(),
  speaker: TagRef.nullable(),
  themes: z.array(TagRef),
  /** The quote's text (a window of it when long), with its hits. */
  snippet: SearchSnippet,
  hits: z.number().int(),
  score: z.number(),
});
export type QuoteResult = z.infer<typeof QuoteResult>;

export const NoteResult = z.object({
  kind: z.literal('note'),
  noteId: z.string(),
  /** The quote the note is on; null for a note on the whole article. */
  highlightId: z.string().nullable(),
  ...ArticleRef,
  /** The quote's text when the note is on a quote (shortened), and its place in the article. */
  quote: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  speaker: TagRef.nullable(),
  themes: z.array(TagRef),
  /** The note's text (a window of it when long), with its hits. */
  snippet: SearchSnippet,
  hits: z.number().int(),
  score: z.number(),
});
export type NoteResult = z.infer<typeof NoteResult>;

export const SearchResult = z.discriminatedUnion('kind', [ArticleResult, QuoteResult, NoteResult]);
export type SearchResult = z.infer<typeof SearchResult>;

/** Something the search ignored, reinterpreted or could not find (shared/search/notes.ts). */
export const SearchNote = z.object({
  code: z.enum(QUERY_NOTE_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type SearchNote = z.infer<typeof SearchNote>;

/**
 * Queries up to this length are accepted; the parser searches the first words of a long one
 * and says so in `explanation`, rather than rejecting a paste.
 */
export const MAX_QUERY_CHARS = 10_000;

const Query = z.string().max(MAX_QUERY_CHARS, contractMessage('request_query_too_long', { max: MAX_QUERY_CHARS }));

export const searchMethods = {
  'search.query': {
    request: z.object({
      query: Query,
      limit: z.number().int().min(1).max(500).default(50),
      offset: z.number().int().min(0).max(1_000_000).default(0),
      filters: SearchFilters.default({}),
      scope: SearchScope.default('articles'),
    }),
    response: z.object({
      /** All matching articles, quotes or notes (the results are one page of them). */
      total: z.number().int(),
      /** Of the request's scope: article results, quote results or note results. */
      results: z.array(SearchResult),
      /** Set when part of the query was ignored or reinterpreted, or nothing could be searched. */
      explanation: z.string().optional(),
      /** The same, as codes with parameters for the UI to translate. */
      notes: z.array(SearchNote),
    }),
  },
  'search.hitsInArticle': {
    request: z.object({ articleId: z.string().min(1).max(64), query: Query }),
    response: z.object({
      /** Every hit in the article text, in order (code points into the original text). */
      hits: z.array(TextRange),
      explanation: z.string().optional(),
      notes: z.array(SearchNote),
    }),
  },
  'search.facets': {
    request: z.object({}),
    response: z.object({
      sources: z.array(z.object({ source: z.string(), articles: z.number().int() })),
      batches: z.array(z.object({ id: z.string(), startedAt: z.string(), inputs: z.array(z.string()), articles: z.number().int() })),
      /** Earliest and latest `published` date, when any article has one. */
      published: z.object({ first: z.string(), last: z.string() }).nullable(),
    }),
  },
} as const;
