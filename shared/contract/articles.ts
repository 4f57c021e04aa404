import { z } from 'zod';
import { SearchFilters } from './search';

export const ArticleId = z.string().uuid();

export const ArticleSummary = z.object({
  id: z.string(),
  file: z.string().nullable(),
  title: z.string(),
  source: z.string().nullable(),
  published: z.string().nullable(),
  /** Length of the text in Unicode code points (the unit of every offset in Daftar). */
  chars: z.number().int(),
  importedAt: z.string(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const Paragraph = z.object({
  /** Code-point offsets into the article text, end exclusive. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export type Paragraph = z.infer<typeof Paragraph>;

/**
 * Paragraphs the reader dims or folds (never deletes): indexes into `paragraphs`, end
 * exclusive. repeated: a copy of an earlier paragraph; boilerplate: website furniture;
 * other-language: a menu or footer in another language than the article's.
 */
export const FoldedRange = z.object({
  start: z.number().int(),
  end: z.number().int(),
  reason: z.enum(['repeated', 'boilerplate', 'other-language']),
});
export type FoldedRange = z.infer<typeof FoldedRange>;

export const Article = ArticleSummary.extend({
  text: z.string(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  encoding: z.string().nullable(),
  contentHash: z.string(),
  paragraphs: z.array(Paragraph),
  /** The dateline's place ("نيويورك" in "نيويورك – ..."), when the import found one. */
  place: z.string().nullable().optional(),
  folded: z.array(FoldedRange).optional(),
  /** The import batch it came in with, and how that batch came (files, upload, paste). */
  batchId: z.string().nullable().optional(),
  origin: z.enum(['files', 'upload', 'paste']).nullable().optional(),
});
export type Article = z.infer<typeof Article>;

export const ArticleSort = z.enum(['imported', 'title', 'published', 'source']);
export type ArticleSort = z.infer<typeof ArticleSort>;
export const SortDirection = z.enum(['asc', 'desc']);
export type SortDirection = z.infer<typeof SortDirection>;

/** The library's own filters: the same meaning as the search panel's (one source, a date span, a batch). */
export const LibraryFilters = SearchFilters.pick({ source: true, dateFrom: true, dateTo: true, batchId: true });
export type LibraryFilters = z.infer<typeof LibraryFilters>;

/**
 * The editable metadata of an article (its text never changes). Every field is sent: '' clears
 * it (except the title, which an article always has). `published` is read as shared/text/dates
 * reads dates (4 نوفمبر 2024, ٤/١١/٢٠٢٤, 2024-11-04) and stored as yyyy-mm-dd.
 */
export const ArticleMetaEdit = z.object({
  id: z.string().min(1).max(64),
  title: z.string().max(1000),
  source: z.string().max(500),
  published: z.string().max(200),
  place: z.string().max(500),
  url: z.string().max(4096),
  author: z.string().max(500),
});
export type ArticleMetaEdit = z.infer<typeof ArticleMetaEdit>;

export const articleMethods = {
  'articles.list': {
    request: z.object({
      limit: z.number().int().min(1).max(100_000).default(10_000),
      offset: z.number().int().min(0).default(0),
      sort: ArticleSort.default('imported'),
      /** Default: newest first for dates, A→Z for title and source. */
      direction: SortDirection.optional(),
      filters: LibraryFilters.default({}),
      /** Only articles with a quote by this speaker / coded with this theme (or a sub-theme). */
      speakerId: z.string().max(64).nullable().optional(),
      themeId: z.string().max(64).nullable().optional(),
    }),
    response: z.object({ total: z.number().int(), items: z.array(ArticleSummary) }),
  },
  'articles.get': { request: z.object({ id: z.string().min(1).max(64) }), response: Article },
  /** Edit title, source, date, place, URL, author; undoable (history.undo), the text untouched. */
  'articles.updateMeta': { request: ArticleMetaEdit, response: Article },
} as const;
