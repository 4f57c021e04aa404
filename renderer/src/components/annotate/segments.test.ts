import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../../shared/anchors/quote-selector';
import type { Highlight } from '../../../../shared/contract/index';
import { splitParagraphs } from '../../../../shared/text/paragraphs';
import { computeSegments, NEUTRAL } from './segments';

const TEXT = 'قال الأمين العام 😀 إن السلام ممكن.\nورد الوزير بأن الحوار مستمر.';
const paragraphs = splitParagraphs(TEXT);
const colors: Record<string, string> = { peace: '#88cc88', talks: '#8888cc' };

let n = 0;
function hl(start: number, end: number, themeIds: string[] = [], anchor: Highlight['anchor'] = 'ok'): Highlight {
  const a = createAnchor(TEXT, start, end);
  return {
    id: `h${++n}`, articleId: 'a', ...a, speakerId: null, themeIds, note: null,
    createdBy: 'x', createdAt: '', updatedBy: 'x', updatedAt: '', anchor, candidate: null,
  };
}

describe('computeSegments', () => {
  it('cuts at every boundary, lists covering ids innermost last, and keeps the text exact', () => {
    const outer = hl(4, 24, ['peace']);
    const inner = hl(11, 19, ['talks']);
    const [p1, p2] = computeSegments(paragraphs, [outer, inner], (id) => colors[id]);
    expect(p1.segments.map((s) => s.text).join('')).toBe(paragraphs[0].text);
    expect(p2.segments).toHaveLength(1);
    const pieces = p1.segments.map((s) => [s.start, s.end, s.ids.join('+')]);
    expect(pieces).toEqual([
      [0, 4, ''],
      [4, 11, 'h1'],
      [11, 19, 'h1+h2'],
      [19, 24, 'h1'],
      [24, paragraphs[0].end, ''],
    ]);
    const overlap = p1.segments[2];
    // The emoji (two UTF-16 units) sits inside the overlap: the slice must keep it whole.
    expect(overlap.text).toBe([...TEXT].slice(11, 19).join(''));
    expect(overlap.color).toBe('#8888cc');
    expect(overlap.badge).toBe(true);
    expect(p1.segments[1].badge).toBe(false);
    expect(p1.segments[1].color).toBe('#88cc88');
  });

  it('splits a highlight that spans paragraphs, gives speaker-only ones a neutral colour, flags bad anchors', () => {
    const across = hl(30, 40);
    const moved = hl(paragraphs[1].start + 1, paragraphs[1].start + 4, ['peace'], 'moved');
    const [p1, p2] = computeSegments(paragraphs, [across, moved], (id) => colors[id]);
    expect(p1.segments.at(-1)).toMatchObject({ start: 30, end: paragraphs[0].end, ids: ['h3'], color: NEUTRAL });
    expect(p2.segments[0]).toMatchObject({ start: paragraphs[1].start, ids: ['h3'] });
    const warn = p2.segments.find((s) => s.ids.includes('h4'))!;
    expect(warn.warn).toBe(true);
    expect(p1.signature).not.toBe(computeSegments(paragraphs, [moved], (id) => colors[id])[0].signature);
  });

  it('handles 1,000 overlapping highlights over a long article quickly', () => {
    const line = 'وقال المتحدث إن التعاون بين البلدين ضروري لمواجهة التحديات في المنطقة. ';
    const text = Array.from({ length: 200 }, () => line.repeat(3)).join('\n');
    const ps = splitParagraphs(text);
    const total = [...text].length;
    const many: Highlight[] = Array.from({ length: 1000 }, (_, i) => {
      const start = (i * 97) % (total - 300);
      return { ...hl(0, 1), id: `m${i}`, start, end: start + 20 + (i % 7) * 30, themeIds: i % 3 ? ['peace'] : [] };
    });
    const t0 = performance.now();
    const out = computeSegments(ps, many, (id) => colors[id]);
    const ms = performance.now() - t0;
    expect(out.map((p) => p.segments.map((s) => s.text).join('')).join('\n')).toBe(text);
    expect(new Set(out.flatMap((p) => p.segments.flatMap((s) => s.ids))).size).toBe(1000);
    expect(ms).toBeLessThan(200);
  });
});
