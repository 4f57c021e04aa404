/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) as JSON-LD, for annotation
 * tools: one Annotation per quote, its target located twice — by the exact quote with context
 * (TextQuoteSelector) and by position (TextPositionSelector, which the model counts in Unicode
 * code points, as Daftar does). The speaker is an "identifying" body, each theme a "tagging"
 * body and the note a "commenting" body.
 */
import type { ExportArticle } from './project-data';
import type { QuoteSheetRow } from './quote-rows';

const urn = (id: string) => `urn:daftar:${encodeURIComponent(id)}`;

function textBody(value: string, purpose: 'identifying' | 'tagging' | 'commenting') {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

export function buildAnnotationCollection(projectName: string, rows: QuoteSheetRow[], articles: ExportArticle[]): unknown {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const items = rows.map((r) => {
    const a = byId.get(r.articleId);
    const body = [
      ...(r.speaker ? [textBody(r.speaker, 'identifying')] : []),
      ...r.themes.map((t) => textBody(t, 'tagging')),
      ...(r.note ? [textBody(r.note, 'commenting')] : []),
    ];
    return {
      id: urn(`highlight:${r.quoteId}`),
      type: 'Annotation',
      motivation: 'highlighting',
      created: r.created,
      modified: r.updated,
      creator: { type: 'Person', name: r.analyst },
      ...(body.length ? { body } : {}),
      target: {
        // The article itself: its own URL where it has one, else Daftar's id for it.
        source: a?.url && /^https?:\/\//i.test(a.url) ? a.url : urn(`article:${r.articleId}`),
        ...(a ? { title: a.title } : {}),
        selector: [
          { type: 'TextQuoteSelector', exact: r.quote, prefix: r.contextBefore, suffix: r.contextAfter },
          { type: 'TextPositionSelector', start: r.start, end: r.end },
        ],
      },
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: urn(`collection:${projectName}`),
    type: 'AnnotationCollection',
    label: projectName,
    generator: { type: 'Software', name: 'Daftar' },
    total: items.length,
    first: { id: urn(`collection:${projectName}:page:0`), type: 'AnnotationPage', startIndex: 0, items },
  };
}
