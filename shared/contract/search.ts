import { z } from 'zod';
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
  /** Reserved for the annotation issue (any alias / the theme with its descendants). */
  speaker: z.string().min(1).max(500).optional(),
  theme: z.string().min(1).max(500).optional(),
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

export const SearchResult = z.object({
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
export type SearchResult = z.infer<typeof SearchResult>;

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
    }),
    response: z.object({
      /** All matching articles (the results are one page of them). */
      total: z.number().int(),
      results: z.array(SearchResult),
      /** Set when part of the query was ignored or reinterpreted, or nothing could be searched. */
      explanation: z.string().optional(),
    }),
  },
  'search.hitsInArticle': {
    request: z.object({ articleId: z.string().min(1).max(64), query: Query }),
    response: z.object({
      /** Every hit in the article text, in order (code points into the original text). */
      hits: z.array(TextRange),
      explanation: z.string().optional(),
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
