/**
 * The search part of the in-memory test bridge: search.query, search.hitsInArticle and
 * search.facets over the open project's articles. A test double for component tests only:
 * it matches plain words and "phrases" as exact substrings (write fixtures without
 * diacritics) and knows none of the engine's Arabic folding, stemming or ranking — those are
 * tested against SQLite in electron/core/search. What it keeps from the contract is the shape
 * of the answers: code-point offsets, snippets relative to their own text, paging, filters.
 */
import {
  DaftarError,
  type Article,
  type Handlers,
  type ReaderHighlight,
  type NoteResult,
  type QuoteResult,
  type SearchFilters,
  type SearchNote,
  type Tag,
  type TextRange,
} from '../../../shared/contract/index';
import { utf16ToCodePoint } from '../../../shared/text/codepoints';

export type SearchMethod = 'search.query' | 'search.hitsInArticle' | 'search.facets';

export interface SearchDouble {
  handlers: Pick<Handlers, SearchMethod>;
}

/** Words and "phrases" of the query; unbalanced quotes run to the end (as the engine does). */
function terms(query: string): { terms: string[]; notes: string[]; codes: SearchNote[] } {
  const notes: string[] = [];
  const codes: SearchNote[] = [];
  const out: string[] = [];
  const re = /"([^"]*)("?)|(\S+)/gu;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    if (m[1] !== undefined) {
      if (!m[2]) {
        notes.push(`The closing quote is missing: searched “${m[1].trim()}” as a phrase.`);
        codes.push({ code: 'unclosed_quote', params: { text: m[1].trim() } });
      }
      if (m[1].trim()) out.push(m[1].trim());
    } else if (m[3] === 'NEAR') {
      notes.push('NEAR is not an operator here: it was searched as a word.');
      out.push(m[3]);
    } else if (!/^[-*]+$/u.test(m[3])) {
      out.push(m[3]);
    }
  }
  return { terms: out, notes, codes };
}

function hitsIn(text: string, words: string[]): TextRange[] {
  const hits: TextRange[] = [];
  for (const w of words) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) {
      hits.push({ start: utf16ToCodePoint(text, at), end: utf16ToCodePoint(text, at + w.length) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The open project's annotations, for the quotes and notes scopes. */
export interface AnnotationSource {
  highlights(): Promise<ReaderHighlight[]>;
  tags(): Promise<Tag[]>;
}

const NO_ANNOTATIONS: AnnotationSource = { highlights: async () => [], tags: async () => [] };

/** The quotes (or notes on quotes) scope: exact substrings, speaker and theme by id (no sub-themes). */
async function searchAnnotations(
  scope: 'quotes' | 'notes',
  words: string[],
  filters: SearchFilters,
  articles: Article[],
  source: AnnotationSource,
): Promise<(QuoteResult | NoteResult)[]> {
  const tags = new Map((await source.tags()).map((t) => [t.id, { id: t.id, name: t.name, color: t.color }]));
  const out: (QuoteResult | NoteResult)[] = [];
  for (const h of await source.highlights()) {
    const text = scope === 'quotes' ? h.exact : h.note;
    if (text === null || (words.length === 0 && !filters.speakerId && !filters.themeId)) continue;
    if (!words.every((w) => text.includes(w))) continue;
    if (filters.speakerId && h.speakerId !== filters.speakerId) continue;
    if (filters.themeId && !h.themeIds.includes(filters.themeId)) continue;
    const a = articles.find((x) => x.id === h.articleId);
    const hits = hitsIn(text, words);
    const common = {
      articleId: h.articleId,
      articleTitle: a?.title ?? '',
      file: a?.file ?? null,
      source: a?.source ?? null,
      published: a?.published ?? null,
      speaker: h.speakerId ? (tags.get(h.speakerId) ?? null) : null,
      themes: h.themeIds.map((id) => tags.get(id)).filter((t) => t !== undefined),
      snippet: { text, start: 0, end: [...text].length, marks: hits },
      hits: hits.length,
      score: hits.length,
    };
    out.push(
      scope === 'quotes'
        ? { kind: 'quote', highlightId: h.id, start: h.start, end: h.end, ...common }
        : { kind: 'note', noteId: `note-${h.id}`, highlightId: h.id, quote: h.exact, start: h.start, end: h.end, ...common },
    );
  }
  return out;
}

export function createSearchDouble(articles: () => Article[], annotations: AnnotationSource = NO_ANNOTATIONS): SearchDouble {
  return {
    handlers: {
      'search.query': async ({ query, limit, offset, filters, scope }) => {
        const { terms: words, notes, codes } = terms(query);
        if (scope !== 'articles') {
          const found = await searchAnnotations(scope, words, filters, articles(), annotations);
          return { total: found.length, results: found.slice(offset, offset + limit), notes: [] };
        }
        const matching = articles().filter(
          (a) =>
            words.every((w) => a.text.includes(w) || a.title.includes(w)) &&
            (!filters.source || a.source === filters.source) &&
            (!filters.dateFrom || (a.published ?? '') >= filters.dateFrom) &&
            (!filters.dateTo || (a.published ?? '0') <= `${filters.dateTo}\uffff`),
        );
        if (words.length === 0 && !filters.source && !filters.dateFrom && !filters.dateTo) {
          return { total: 0, results: [], explanation: notes.concat('Nothing to search for.').join(' '), notes: [] };
        }
        const results = matching.slice(offset, offset + limit).map((a) => {
          const hits = hitsIn(a.text, words);
          // The snippet: the first hit with 20 code points either side.
          const chars = [...a.text];
          const first = hits[0] ?? { start: 0, end: 0 };
          const start = Math.max(0, first.start - 20);
          const end = Math.min(chars.length, first.end + 20);
          const text = chars.slice(start, end).join('');
          const marks = hits.filter((h) => h.start >= start && h.end <= end).map((h) => ({ start: h.start - start, end: h.end - start }));
          return {
            kind: 'article' as const,
            articleId: a.id,
            file: a.file,
            title: a.title,
            source: a.source,
            published: a.published,
            snippet: { text, start, end, marks },
            hits: hits.length,
            score: hits.length,
          };
        });
        return { total: matching.length, results, notes: codes, ...(notes.length ? { explanation: notes.join(' ') } : {}) };
      },
      'search.hitsInArticle': async ({ articleId, query }) => {
        const article = articles().find((a) => a.id === articleId);
        if (!article) throw new DaftarError('not_found', `No article with id ${articleId} in this project.`);
        return { hits: hitsIn(article.text, terms(query).terms), notes: [] };
      },
      'search.facets': async () => {
        const counts = new Map<string, number>();
        for (const a of articles()) if (a.source) counts.set(a.source, (counts.get(a.source) ?? 0) + 1);
        const dates = articles()
          .map((a) => a.published)
          .filter((d): d is string => Boolean(d))
          .sort();
        return {
          sources: [...counts].map(([source, n]) => ({ source, articles: n })).sort((a, b) => a.source.localeCompare(b.source)),
          batches: [],
          published: dates.length ? { first: dates[0], last: dates[dates.length - 1] } : null,
        };
      },
    },
  };
}
