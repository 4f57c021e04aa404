/**
 * Search filters as SQL conditions on `search_article_docs d` (which carries copies of the
 * articles' source, published and batch_id): from the filter panel (exact values) and from
 * the query's fields (source:, date:). All of them must hold. The speaker and theme filters
 * are resolved to tag ids here too (codebook-filter.ts); each scope applies them its way.
 */
import { normalizeArabic } from '../../../shared/arabic/normalize';
import type { SearchFilters } from '../../../shared/contract/search';
import { note, quotedList, type QueryNote } from '../../../shared/search/notes';
import type { QueryFilters } from '../../../shared/search/query';
import type { AnyDb } from '../db/handles';
import { articleConditions, resolveCodebookFilter, type CodebookFilter } from './codebook-filter';

export interface SqlFilter {
  /** Conditions on `d` (search_article_docs), joined with AND; empty when nothing filters. */
  where: string[];
  params: unknown[];
  /** Speakers and themes, as tag ids (not part of `where`: see `withCodebook`). */
  codebook: CodebookFilter;
  /** True when a filter can match nothing at all (e.g. source: names no known source). */
  matchesNothing: boolean;
  notes: QueryNote[];
}

/** The article-level conditions plus "the article has such a quote" (the articles scope). */
export function withCodebook(f: SqlFilter): SqlFilter {
  const c = articleConditions(f.codebook, 'd.article_id');
  return { ...f, where: [...f.where, ...c.where], params: [...f.params, ...c.params] };
}

/** Sources whose name contains the typed text, ignoring case, hamza forms and diacritics. */
function resolveSources(db: AnyDb, typed: string[]): string[] {
  // Distinct values come from the articles_source index, not a scan of the table.
  const all = db.prepare('SELECT DISTINCT source FROM articles WHERE source IS NOT NULL').pluck().all() as string[];
  const wanted = typed.map((t) => normalizeArabic(t).trim());
  return all.filter((s) => {
    const name = normalizeArabic(s);
    return wanted.some((w) => name.includes(w));
  });
}

export function buildFilter(db: AnyDb, panel: SearchFilters, query: QueryFilters): SqlFilter {
  const f: SqlFilter = { where: [], params: [], codebook: resolveCodebookFilter(db, panel, query), matchesNothing: false, notes: [] };
  f.notes.push(...f.codebook.notes);
  f.matchesNothing = f.codebook.matchesNothing;

  if (panel.source !== undefined) {
    f.where.push('d.source = ?');
    f.params.push(panel.source);
  }
  if (query.sources.length) {
    const sources = resolveSources(db, query.sources);
    if (sources.length === 0) {
      f.matchesNothing = true;
      f.notes.push(note('no_source', { names: quotedList(query.sources) }));
    } else {
      f.where.push(`d.source IN (${sources.map(() => '?').join(', ')})`);
      f.params.push(...sources);
    }
  }

  const from = [panel.dateFrom, ...query.dates.map((d) => d.from)].filter((d): d is string => !!d);
  const to = [panel.dateTo, ...query.dates.map((d) => d.to)].filter((d): d is string => !!d);
  for (const d of from) {
    // ISO dates compare as strings; a prefix (2018-03) sorts before every day in it.
    f.where.push('d.published >= ?');
    f.params.push(d);
  }
  for (const d of to) {
    // 2018-06 as an upper bound includes every date that starts with 2018-06.
    f.where.push('substr(d.published, 1, ?) <= ?');
    f.params.push(d.length, d);
  }

  if (panel.batchId !== undefined) {
    f.where.push('d.batch_id = ?');
    f.params.push(panel.batchId);
  }

  return f;
}
