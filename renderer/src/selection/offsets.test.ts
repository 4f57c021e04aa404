import { beforeEach, describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../../shared/anchors/quote-selector';
import { splitParagraphs } from '../../../shared/text/paragraphs';
import { offsetsToRange, rangeToOffsets } from './offsets';

// Written for these tests: Arabic with a Latin name, digits, and an emoji (an astral character,
// two UTF-16 units) before the selected words, so a UTF-16/code-point mix-up shows.
const TEXT = ['العنوان', 'قال 😀 المتحدث Vladimir Voronkov إن 2024 عام التعاون.', '', 'وأضاف أن الاجتماع المقبل في دوشنبه.'].join('\n');
const paragraphs = splitParagraphs(TEXT).slice(1); // the title line is not rendered

let body: HTMLElement;
let outside: HTMLElement;

/** Render like the reader: paragraphs with data-start/end, text split by <mark>s at `cuts`. */
function render(cuts: number[] = []) {
  document.body.innerHTML = '<nav id="chrome">Library</nav><div id="body"></div>';
  outside = document.getElementById('chrome')!;
  body = document.getElementById('body')!;
  for (const p of paragraphs) {
    const el = document.createElement('p');
    el.setAttribute('data-start', String(p.start));
    el.setAttribute('data-end', String(p.end));
    const points = [p.start, ...cuts.filter((c) => c > p.start && c < p.end), p.end];
    points.slice(1).forEach((to, i) => {
      const text = sliceCodePoints(TEXT, points[i], to);
      if (i % 2) {
        const mark = document.createElement('mark');
        mark.textContent = text;
        el.append(mark);
      } else el.append(document.createTextNode(text));
    });
    body.append(el);
  }
}

const cp = (needle: string) => [...TEXT.slice(0, TEXT.indexOf(needle))].length;

describe('rangeToOffsets / offsetsToRange', () => {
  beforeEach(() => render());

  it('maps a range inside one paragraph to code points, past an astral character', () => {
    const start = cp('المتحدث');
    const end = start + [...'المتحدث Vladimir'].length;
    const range = offsetsToRange(body, start, end)!;
    expect(range.toString()).toBe('المتحدث Vladimir');
    expect(rangeToOffsets(range, body)).toEqual({ ok: true, start, end, clipped: false });
    // UTF-16 index and code point differ by one here (the emoji is two units).
    expect(TEXT.indexOf('المتحدث')).toBe(start + 1);
  });

  it('stays exact when <mark>s split the paragraph into several text nodes', () => {
    const start = cp('Vladimir');
    render([cp('المتحدث'), start + 3, cp('2024'), cp('عام')]);
    expect(body.querySelectorAll('mark').length).toBeGreaterThan(1);
    const range = offsetsToRange(body, start, cp('التعاون'))!;
    expect(range.toString()).toBe('Vladimir Voronkov إن 2024 عام ');
    const found = rangeToOffsets(range, body);
    expect(found).toEqual({ ok: true, start, end: cp('التعاون'), clipped: false });
    if (found.ok) expect(sliceCodePoints(TEXT, found.start, found.end)).toBe(range.toString());
  });

  it('spans the paragraph boundary (the line feeds between them are part of the quote)', () => {
    const start = cp('التعاون.');
    const end = cp('الاجتماع');
    const range = offsetsToRange(body, start, end)!;
    const found = rangeToOffsets(range, body);
    expect(found).toMatchObject({ ok: true, start, end });
    if (found.ok) expect(sliceCodePoints(TEXT, found.start, found.end)).toBe('التعاون.\n\nوأضاف أن ');
  });

  it('clips a selection that starts in the UI chrome to the article', () => {
    const end = cp('😀');
    const range = document.createRange();
    range.setStart(outside.firstChild!, 2);
    const to = offsetsToRange(body, end, end)!;
    range.setEnd(to.startContainer, to.startOffset);
    expect(rangeToOffsets(range, body)).toEqual({ ok: true, start: paragraphs[0].start, end, clipped: true });
  });

  it('clips a selection that runs past the article end, and resolves points between paragraphs', () => {
    document.body.append(document.createElement('footer'));
    const range = document.createRange();
    const from = offsetsToRange(body, cp('دوشنبه'), cp('دوشنبه'))!;
    range.setStart(from.startContainer, from.startOffset);
    range.setEnd(document.body, document.body.childNodes.length);
    expect(rangeToOffsets(range, body)).toEqual({ ok: true, start: cp('دوشنبه'), end: paragraphs[1].end, clipped: true });
    // A point on the body between the two paragraphs starts at the next one.
    const between = document.createRange();
    between.setStart(body, 1);
    between.setEnd(body, 2);
    expect(rangeToOffsets(between, body)).toMatchObject({ ok: true, start: paragraphs[1].start, end: paragraphs[1].end });
  });

  it('refuses a range wholly outside the article, and a collapsed one', () => {
    const range = document.createRange();
    range.selectNodeContents(outside);
    expect(rangeToOffsets(range, body)).toEqual({ ok: false, reason: 'outside' });
    const caret = offsetsToRange(body, cp('عام'), cp('عام'))!;
    expect(rangeToOffsets(caret, body)).toEqual({ ok: false, reason: 'empty' });
  });

  it('returns null for offsets no rendered paragraph holds (the title line)', () => {
    expect(offsetsToRange(body, 0, 3)).toBeNull();
  });
});
