/**
 * What one logged operation changed, read from its own row images: which kinds of things
 * (an article's details, quotes, notes, the codebook, rejected suggestions) and which
 * articles. The renderer refreshes exactly that after an undo or redo, instead of every view
 * (1,000 quotes and 30,000 articles are slow to fetch again, and reloading loses the scroll).
 *
 * The images say almost everything by themselves: a quote, a note on an article and a
 * rejection carry their article id; an article's image its metadata columns. A theme link or
 * a note on a quote names only its quote, whose article is found in the same operation's
 * images (a quote created or deleted with it) or else in the table — such a quote was not
 * touched by the operation, so it is there before and after the step alike.
 */
import type { ChangeKind, HistoryChanges, MetaField } from '../../../shared/contract/annotations';
import type { AnyDb } from '../db/handles';

type Row = Record<string, unknown>;

/** One entry of an operation's log, as operations.ts writes it. */
export interface LoggedChange {
  table: string;
  key: Row;
  before: Row | null;
  after: Row | null;
}

const KIND_OF_TABLE: Record<string, ChangeKind> = {
  articles: 'metadata',
  highlights: 'highlights',
  highlight_themes: 'highlights',
  notes: 'notes',
  tags: 'codebook',
  tag_aliases: 'codebook',
  suggestion_rejections: 'rejections',
};

/** Article columns the analyst edits, by their contract name (updated_at changes with any of them). */
const META_FIELDS: readonly MetaField[] = ['title', 'source', 'published', 'place', 'url', 'author'];

export function describeChanges(db: AnyDb, changes: readonly LoggedChange[]): HistoryChanges {
  const kinds = new Set<ChangeKind>();
  const tables = new Set<string>();
  const metadata = new Map<string, Set<MetaField>>();
  const annotations = new Set<string>();
  const rejections = new Set<string>();

  // A quote's article, from the images of quotes this operation created, changed or deleted.
  const quoteArticle = new Map<string, string>();
  for (const c of changes) {
    if (c.table !== 'highlights') continue;
    for (const image of [c.before, c.after]) if (image && typeof image.article_id === 'string') quoteArticle.set(String(c.key.id), image.article_id);
  }
  const articleOfQuote = (quoteId: unknown): string | null => {
    const id = String(quoteId);
    if (!quoteArticle.has(id)) {
      const row = db.prepare('SELECT article_id FROM highlights WHERE id = ?').get(id) as { article_id: string } | undefined;
      if (row) quoteArticle.set(id, row.article_id);
    }
    return quoteArticle.get(id) ?? null;
  };
  const either = (c: LoggedChange, column: string): unknown => (c.after ?? c.before)?.[column] ?? c.key[column];

  for (const c of changes) {
    const kind = KIND_OF_TABLE[c.table];
    if (!kind) continue; // operations.ts refuses such an entry before this is read
    tables.add(c.table);
    kinds.add(kind);
    if (kind === 'metadata') {
      const id = String(c.key.id);
      const fields = metadata.get(id) ?? new Set<MetaField>();
      for (const f of META_FIELDS) if ((c.before?.[f] ?? null) !== (c.after?.[f] ?? null)) fields.add(f);
      metadata.set(id, fields);
    } else if (kind === 'rejections') {
      rejections.add(String(c.key.article_id));
    } else if (c.table === 'highlights' || c.table === 'highlight_themes') {
      const article = articleOfQuote(c.table === 'highlights' ? c.key.id : c.key.highlight_id);
      if (article) annotations.add(article);
    } else if (c.table === 'notes') {
      const onArticle = either(c, 'article_id');
      const article = typeof onArticle === 'string' ? onArticle : articleOfQuote(either(c, 'highlight_id'));
      if (article) annotations.add(article);
    }
  }

  const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();
  return {
    tables: [...tables].sort(),
    kinds: [...kinds].sort(),
    articleIds: sorted([...metadata.keys(), ...annotations, ...rejections]),
    metadata: sorted(metadata.keys()).map((id) => ({ id, fields: META_FIELDS.filter((f) => metadata.get(id)!.has(f)) })),
    annotations: sorted(annotations),
    rejections: sorted(rejections),
  };
}
