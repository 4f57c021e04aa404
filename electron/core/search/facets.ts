/** What the filter panel can offer: the project's sources, import batches and date span. */
import type { Response } from '../../../shared/contract/index';
import type { AnyDb } from '../db/handles';

export type SearchFacets = Response<'search.facets'>;

export function searchFacets(db: AnyDb): SearchFacets {
  const sources = db
    .prepare('SELECT source, count(*) AS articles FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY articles DESC, source')
    .all() as { source: string; articles: number }[];
  const batches = (
    db
      .prepare(
        `SELECT b.id, b.started_at AS startedAt, b.inputs, count(a.id) AS articles
         FROM import_batches b JOIN articles a ON a.batch_id = b.id
         GROUP BY b.id ORDER BY b.started_at DESC`,
      )
      .all() as { id: string; startedAt: string; inputs: string; articles: number }[]
  ).map((b) => ({ ...b, inputs: parseInputs(b.inputs) }));
  const span = db.prepare('SELECT min(published) AS first, max(published) AS last FROM articles WHERE published IS NOT NULL').get() as {
    first: string | null;
    last: string | null;
  };
  return { sources, batches, published: span.first && span.last ? { first: span.first, last: span.last } : null };
}

/** import_batches.inputs is a JSON array of paths; a damaged value shows as no inputs. */
function parseInputs(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
