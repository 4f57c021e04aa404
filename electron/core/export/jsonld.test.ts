/** W3C Web Annotation JSON-LD: selectors that find the quote again, bodies with purposes. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tempProject } from '../../../tests/unit/temp-project';
import { exportQuotes } from './export-quotes';
import { COUNCIL_TEXT, fillNotebook, MINISTER_TEXT } from './notebook-fixture';

// Parsed XML/JSON, checked field by field below.
type X = Record<string, any>;

describe('Web Annotation JSON-LD', () => {
  it('writes an AnnotationCollection whose selectors cut each quote out of its article', async () => {
    const { db } = tempProject();
    const nb = fillNotebook(db);
    const out = path.join(tempDir(), 'notebook.jsonld');
    const result = await exportQuotes(db, { format: 'jsonld', path: out });
    const doc = JSON.parse(fs.readFileSync(out, 'utf8')) as X;
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(result.rows);
    const items = doc.first.items as X[];
    expect(items).toHaveLength(8);
    for (const a of items) {
      expect(a.type).toBe('Annotation');
      const [quote, position] = a.target.selector as X[];
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      const text = a.target.title === MINISTER_TEXT.split('\n')[0] ? MINISTER_TEXT : COUNCIL_TEXT;
      const cps = [...text];
      expect(cps.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(cps.slice(position.start - [...quote.prefix].length, position.start).join('')).toBe(quote.prefix);
      expect(cps.slice(position.end, position.end + [...quote.suffix].length).join('')).toBe(quote.suffix);
    }
    const financing = items.find((a) => a.id.endsWith(nb.quotes.financing))!;
    expect(financing.target.source).toBe('https://example.org/news/council?id=1&lang=ar');
    expect(financing.body).toEqual([
      expect.objectContaining({ type: 'TextualBody', purpose: 'identifying', value: 'أنطونيو غوتيريش' }),
      expect.objectContaining({ purpose: 'tagging', value: 'الأمن › الإرهاب › تمويل الإرهاب' }),
      expect.objectContaining({ purpose: 'tagging', value: 'الحدود' }),
    ]);
    const minister = items.find((a) => a.id.endsWith(nb.quotes.bordersSafe))!;
    // A javascript: URL is not a web resource: the target is Daftar's id for the article.
    expect(minister.target.source).toBe(`urn:daftar:${encodeURIComponent(`article:${nb.minister}`)}`);
    expect(minister.body).toContainEqual(expect.objectContaining({ purpose: 'commenting', value: 'تصريح رسمي' }));
  });
});
