import { afterEach, describe, expect, it } from 'vitest';
import { codePointLength } from '../../../../shared/text/codepoints';
import { splitParagraphs } from '../../../../shared/text/paragraphs';
import { CURRENT_HIGHLIGHT, HIT_HIGHLIGHT, clearHits, highlightsSupported, hitRanges, paintHits } from './hit-ranges';
import { snippetParts } from './snippet';

// Written for these tests: an emoji (two UTF-16 units) before the hits, so a UTF-16 /
// code-point mix-up shows, and a reader <mark> splitting the second paragraph's text.
const TEXT = ['مكافحة الإرهاب', 'قال 😀 الوزير إن مكافحة الإرهاب أولوية.', '', 'وأضاف أن للإرهاب وجوهاً كثيرة.'].join('\n');
const paragraphs = splitParagraphs(TEXT).slice(1); // the title line is shown as the heading

function renderReader(): HTMLElement {
  document.body.innerHTML = '<div id="body"></div>';
  const body = document.getElementById('body')!;
  for (const p of paragraphs) {
    const el = document.createElement('p');
    el.setAttribute('data-start', String(p.start));
    el.setAttribute('data-end', String(p.end));
    const text = p.text;
    const cut = text.indexOf('مكافحة');
    if (cut > 0) {
      // As the reader renders a highlight: text, <mark>text</mark>, text.
      el.append(document.createTextNode(text.slice(0, cut)), Object.assign(document.createElement('mark'), { textContent: text.slice(cut, cut + 10) }), document.createTextNode(text.slice(cut + 10)));
    } else el.append(document.createTextNode(text));
    body.append(el);
  }
  return body;
}

/** Code-point ranges of every occurrence of `word` in TEXT. */
function occurrences(word: string) {
  const out: { start: number; end: number }[] = [];
  for (let at = TEXT.indexOf(word); at >= 0; at = TEXT.indexOf(word, at + 1)) {
    const start = codePointLength(TEXT.slice(0, at));
    out.push({ start, end: start + codePointLength(word) });
  }
  return out;
}

describe('hitRanges', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('builds a Range over exactly the hit text, across the reader’s marks, after an astral character', () => {
    const body = renderReader();
    const hits = [...occurrences('الإرهاب'), ...occurrences('للإرهاب')];
    expect(hits).toHaveLength(3); // the title line, "مكافحة الإرهاب", then "للإرهاب"
    const ranges = hitRanges(body, hits);
    // The title line is not in the body: no range, but the list keeps its place.
    expect(ranges[0]).toBeNull();
    expect(ranges[1]!.toString()).toBe('الإرهاب');
    expect(ranges[2]!.toString()).toBe('للإرهاب');
    expect(ranges[2]!.startContainer.parentElement!.getAttribute('data-start')).toBe(String(paragraphs[1].start));
  });

  it('marks hits on the title line in the heading when the heading shows that line', () => {
    const body = renderReader();
    const heading = document.createElement('h2');
    heading.textContent = TEXT.split('\n')[0];
    document.body.prepend(heading);
    const hits = occurrences('الإرهاب');
    const line = { element: heading, start: 0, text: TEXT.split('\n')[0] };
    const ranges = hitRanges(body, hits, line);
    expect(ranges.map((r) => r?.toString())).toEqual(['الإرهاب', 'الإرهاب']);
    expect(ranges[0]!.startContainer.parentElement).toBe(heading);
    // A heading that is not the line (another title) is left alone.
    heading.textContent = 'عنوان آخر تماماً';
    expect(hitRanges(body, hits, line)[0]).toBeNull();
  });

  it('spans a hit that crosses the boundary of a reader mark', () => {
    const body = renderReader();
    const [hit] = occurrences('مكافحة الإرهاب').slice(1);
    const [range] = hitRanges(body, [hit]);
    expect(range!.toString()).toBe('مكافحة الإرهاب');
    expect(range!.startContainer).not.toBe(range!.endContainer);
  });

  it('skips empty and out-of-text hits', () => {
    const body = renderReader();
    expect(hitRanges(body, [{ start: 20, end: 20 }, { start: 5000, end: 5010 }])).toEqual([null, null]);
  });
});

describe('painting', () => {
  it('is a no-op where the Highlight API is missing (jsdom) and registers both names where it exists', () => {
    expect(highlightsSupported()).toBe(false);
    expect(paintHits([], 0)).toBe(false);
    const registry = new Map<string, { ranges: Range[] }>();
    const g = globalThis as { CSS?: unknown; Highlight?: unknown };
    const saved = { CSS: g.CSS, Highlight: g.Highlight };
    g.CSS = { highlights: registry };
    g.Highlight = class {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    };
    try {
      const body = renderReader();
      const ranges = hitRanges(body, [...occurrences('الإرهاب'), ...occurrences('للإرهاب')]);
      expect(paintHits(ranges, 2)).toBe(true);
      expect(registry.get(HIT_HIGHLIGHT)!.ranges).toHaveLength(2);
      expect(registry.get(CURRENT_HIGHLIGHT)!.ranges).toEqual([ranges[2]]);
      // The current hit is the title line (not rendered): no current mark.
      paintHits(ranges, 0);
      expect(registry.has(CURRENT_HIGHLIGHT)).toBe(false);
      clearHits();
      expect(registry.size).toBe(0);
    } finally {
      g.CSS = saved.CSS;
      g.Highlight = saved.Highlight;
    }
  });
});

describe('snippetParts', () => {
  it('marks code-point ranges after an astral character and keeps all the text', () => {
    const text = '😀 قال الوزير إن الإرهاب خطر';
    const start = codePointLength(text.slice(0, text.indexOf('الإرهاب'))); // 1 less than the UTF-16 index
    const parts = snippetParts(text, [{ start, end: start + 7 }]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['الإرهاب']);
  });

  it('merges overlapping marks and clips marks past the end', () => {
    const parts = snippetParts('abcdef', [{ start: 3, end: 9 }, { start: 1, end: 4 }, { start: 2, end: 3 }]);
    expect(parts).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'ef', marked: true },
    ]);
  });
});
