/**
 * Search hits → DOM Ranges in the reader, drawn with the CSS Custom Highlight API.
 *
 * The reader's DOM belongs to the reader (its highlight <mark>s split paragraphs into text
 * nodes, and React re-renders them at will): search marks must not add elements to it. A
 * registered Highlight paints ranges without touching the DOM, so the two kinds of marks can
 * overlap freely. The API exists in Chromium ≥ 105 (Electron, the test browser) but not in
 * jsdom, so every use is feature-detected.
 */
import type { TextRange } from '../../../../shared/contract/index';
import { codePointLength, codePointToUtf16 } from '../../../../shared/text/codepoints';
import { offsetsToRange } from '../../selection/offsets';

export const HIT_HIGHLIGHT = 'daftar-search-hit';
export const CURRENT_HIGHLIGHT = 'daftar-search-current';

/** The heading that shows the article's first line instead of a paragraph, and where that line starts. */
export interface TitleLine {
  element: Element;
  /** The article's first line: its offset and its text. */
  start: number;
  text: string;
}

/**
 * One Range per hit (same order), or null for a hit that is not rendered. The reader shows
 * a first line equal to the title as the heading rather than as a paragraph: given `title`,
 * hits on that line are marked in the heading, as long as its text is that line exactly.
 */
export function hitRanges(body: Element, hits: readonly TextRange[], title?: TitleLine): (Range | null)[] {
  const rendered = new Set(Array.from(body.querySelectorAll('[data-start]'), (p) => Number(p.getAttribute('data-start'))));
  return hits.map((h) => {
    if (h.end <= h.start) return null;
    const inTitle = title && !rendered.has(title.start) ? titleRange(title, h) : null;
    if (inTitle) return inTitle;
    const range = offsetsToRange(body, h.start, h.end);
    return range && !range.collapsed ? range : null;
  });
}

function titleRange(title: TitleLine, hit: TextRange): Range | null {
  const node = title.element.firstChild;
  if (!node || node.nodeType !== Node.TEXT_NODE || title.element.childNodes.length !== 1) return null;
  const text = (node as Text).data;
  if (text !== title.text) return null;
  const length = codePointLength(text);
  if (hit.start < title.start || hit.end > title.start + length) return null;
  const range = title.element.ownerDocument.createRange();
  range.setStart(node, codePointToUtf16(text, hit.start - title.start));
  range.setEnd(node, codePointToUtf16(text, hit.end - title.start));
  return range;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

function registry(): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && typeof Highlight === 'function' ? { highlights: css.highlights, Highlight } : null;
}

export function highlightsSupported(): boolean {
  return registry() !== null;
}

/** Paint all hits, and the current one more strongly; returns false where the API is missing. */
export function paintHits(ranges: readonly (Range | null)[], current: number): boolean {
  const api = registry();
  if (!api) return false;
  const present = ranges.filter((r): r is Range => r !== null);
  api.highlights.set(HIT_HIGHLIGHT, new api.Highlight(...present));
  const now = ranges[current];
  if (now) api.highlights.set(CURRENT_HIGHLIGHT, new api.Highlight(now));
  else api.highlights.delete(CURRENT_HIGHLIGHT);
  return true;
}

export function clearHits(): void {
  const api = registry();
  if (!api) return;
  api.highlights.delete(HIT_HIGHLIGHT);
  api.highlights.delete(CURRENT_HIGHLIGHT);
}

/**
 * Bring a hit into view, centred in its scrolling pane. A Range cannot scroll itself: its
 * paragraph is scrolled to first, then a long paragraph is nudged so the hit itself shows.
 */
export function scrollToRange(range: Range): void {
  const node = range.startContainer;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el) return;
  el.scrollIntoView?.({ block: 'center' });
  const scroller = scrollingAncestor(el);
  if (!scroller || typeof range.getBoundingClientRect !== 'function') return;
  const hit = range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  if (hit.top < box.top || hit.bottom > box.bottom) scroller.scrollTop += hit.top - (box.top + box.height / 2);
}

function scrollingAncestor(el: Element): Element | null {
  for (let at = el.parentElement; at; at = at.parentElement) {
    const overflow = getComputedStyle(at).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && at.scrollHeight > at.clientHeight) return at;
  }
  return null;
}
