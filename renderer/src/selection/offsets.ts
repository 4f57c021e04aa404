/**
 * DOM selection ↔ article code-point offsets, in one place.
 *
 * The reader renders each paragraph as an element carrying `data-start` (the paragraph's
 * code-point offset into the article text). Inside a paragraph, highlight <mark>s split the
 * text into several text nodes, and nothing else may add text (badges are CSS content, which
 * is not in the DOM's text). So the paragraph's text content is exactly the paragraph's text,
 * and a position inside it is "how many UTF-16 units of text precede it" — which a Range from
 * the paragraph's start to the point tells us — converted to code points.
 */
import { codePointToUtf16, utf16ToCodePoint } from '../../../shared/text/codepoints';

export type SelectionOffsets =
  | { ok: true; start: number; end: number; clipped: boolean }
  /** 'outside': nothing of the article is selected; 'empty': a caret, not a selection. */
  | { ok: false; reason: 'outside' | 'empty' };

const PARAGRAPH = '[data-start]';

function paragraphsOf(body: Element): HTMLElement[] {
  return Array.from(body.querySelectorAll<HTMLElement>(PARAGRAPH));
}

function paragraphStart(p: Element): number {
  return Number(p.getAttribute('data-start'));
}

function paragraphEnd(p: Element): number {
  const end = p.getAttribute('data-end');
  // Without data-end the paragraph's own text gives its length.
  return end !== null ? Number(end) : paragraphStart(p) + [...(p.textContent ?? '')].length;
}

/** UTF-16 units of paragraph text before the boundary point (node, offset) inside `p`. */
function unitsBefore(p: Element, node: Node, offset: number): number {
  const r = p.ownerDocument.createRange();
  r.setStart(p, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}

/** -1 when the point is before `el`, 1 when after, 0 when inside it. */
function comparePointTo(el: Element, node: Node, offset: number): -1 | 0 | 1 {
  const r = el.ownerDocument.createRange();
  r.selectNodeContents(el);
  return r.comparePoint(node, offset) as -1 | 0 | 1;
}

/**
 * The article offset of a boundary point. A point between paragraphs (or on the body itself)
 * resolves to the next paragraph's start when it begins a selection, and to the previous
 * paragraph's end when it ends one, so the selection covers just the text the user saw.
 */
function pointToOffset(paragraphs: HTMLElement[], node: Node, offset: number, side: 'start' | 'end'): number | null {
  for (const p of paragraphs) {
    if (p.contains(node)) {
      const text = p.textContent ?? '';
      return paragraphStart(p) + utf16ToCodePoint(text, unitsBefore(p, node, offset));
    }
  }
  if (side === 'start') {
    const next = paragraphs.find((p) => comparePointTo(p, node, offset) < 0);
    return next ? paragraphStart(next) : null;
  }
  const previous = [...paragraphs].reverse().find((p) => comparePointTo(p, node, offset) > 0);
  return previous ? paragraphEnd(previous) : null;
}

/**
 * Article code-point offsets {start, end} (end exclusive) of a DOM range, clipped to the
 * reader body `body`. A range that starts or ends in the UI chrome or another pane is cut at
 * the article's edges (`clipped` says so); one that touches none of the article is refused.
 */
export function rangeToOffsets(range: Range, body: Element): SelectionOffsets {
  const paragraphs = paragraphsOf(body);
  if (!paragraphs.length) return { ok: false, reason: 'outside' };
  const bodyRange = body.ownerDocument.createRange();
  bodyRange.selectNodeContents(body);
  // -1: before the body, 0: inside it, 1: after it.
  const s = bodyRange.comparePoint(range.startContainer, range.startOffset);
  const e = bodyRange.comparePoint(range.endContainer, range.endOffset);
  if (s > 0 || e < 0) return { ok: false, reason: 'outside' };
  let clipped = false;
  let startNode: Node = range.startContainer;
  let startOffset = range.startOffset;
  let endNode: Node = range.endContainer;
  let endOffset = range.endOffset;
  if (s < 0) {
    startNode = body;
    startOffset = 0;
    clipped = true;
  }
  if (e > 0) {
    endNode = body;
    endOffset = body.childNodes.length;
    clipped = true;
  }
  const start = pointToOffset(paragraphs, startNode, startOffset, 'start');
  const end = pointToOffset(paragraphs, endNode, endOffset, 'end');
  if (start === null || end === null) return { ok: false, reason: 'outside' };
  if (end <= start) return { ok: false, reason: 'empty' };
  return { ok: true, start, end, clipped };
}

/** The DOM position of an article offset inside paragraph `p` (which must contain it). */
function offsetToPoint(p: HTMLElement, offset: number): { node: Node; offset: number } {
  const text = p.textContent ?? '';
  let units = codePointToUtf16(text, offset - paragraphStart(p));
  const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (units <= n.length) return { node: n, offset: units };
    units -= n.length;
    last = n;
  }
  return last ? { node: last, offset: last.length } : { node: p, offset: 0 };
}

/**
 * The reverse: a DOM Range over article offsets [start, end) in the rendered reader body, for
 * scrolling to a highlight or showing where a quote is. Null when no paragraph holds them
 * (offsets in the title line, which is not rendered twice, or past the text).
 */
export function offsetsToRange(body: Element, start: number, end: number): Range | null {
  const paragraphs = paragraphsOf(body);
  const first = paragraphs.find((p) => paragraphEnd(p) > start || (paragraphEnd(p) === start && start === end));
  const last = [...paragraphs].reverse().find((p) => paragraphStart(p) < end || (paragraphStart(p) === end && start === end));
  if (!first || !last) return null;
  const from = offsetToPoint(first, Math.max(start, paragraphStart(first)));
  const to = offsetToPoint(last, Math.min(end, paragraphEnd(last)));
  const range = body.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
