/**
 * Highlights → rendered segments. Each paragraph is cut at every highlight boundary inside it;
 * each piece lists the highlights that cover it (in start order, so the last is the innermost).
 * One sweep over sorted boundary events for the whole article: O(n log n) in highlights plus
 * the text length, run once per (article, highlights, colours) and memoised by the caller.
 */
import type { ReaderHighlight } from '../../../../shared/contract/index';
import type { ParagraphSpan } from '../../../../shared/text/paragraphs';

export interface Segment {
  /** Article code-point offsets, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Ids of the highlights covering this piece; empty for plain text. */
  ids: string[];
  /** Colour of the innermost covering highlight with a theme colour (else neutral). */
  color: string | null;
  /** Any covering highlight whose quote no longer matches the text at its place. */
  warn: boolean;
  /** The count badge is drawn where the number of covering highlights rises to ≥ 2. */
  badge: boolean;
}

export interface ParagraphSegments {
  paragraph: ParagraphSpan;
  segments: Segment[];
  /** Changes whenever anything drawn in the paragraph changes: a cheap memo key. */
  signature: string;
}

/** Colour for highlights with a speaker only (or no tag at all): a neutral tint. */
export const NEUTRAL = '#9a9284';

export function highlightColor(h: Pick<ReaderHighlight, 'themeIds'>, colorOf: (tagId: string) => string | null | undefined): string {
  for (const id of h.themeIds) {
    const c = colorOf(id);
    if (c) return c;
  }
  return NEUTRAL;
}

interface Event {
  at: number;
  /** 0 = closes, 1 = opens: at one position, closings come first (end is exclusive). */
  kind: 0 | 1;
  index: number;
}

export function computeSegments(
  paragraphs: ParagraphSpan[],
  highlights: ReaderHighlight[],
  colorOf: (tagId: string) => string | null | undefined,
): ParagraphSegments[] {
  const events: Event[] = [];
  highlights.forEach((h, index) => {
    if (h.end <= h.start) return;
    events.push({ at: h.start, kind: 1, index }, { at: h.end, kind: 0, index });
  });
  events.sort((a, b) => a.at - b.at || a.kind - b.kind || a.index - b.index);
  const colors = highlights.map((h) => highlightColor(h, colorOf));

  // The active set in opening order; a highlight's slot is found through `slot` to remove it.
  const active: number[] = [];
  let e = 0;
  const out: ParagraphSegments[] = [];
  for (const paragraph of paragraphs) {
    // Apply everything up to the paragraph's start (highlights ending in the gap close here).
    while (e < events.length && events[e].at <= paragraph.start) apply(active, events[e++]);
    const segments: Segment[] = [];
    let cursor = paragraph.start;
    let unit = 0; // UTF-16 index into paragraph.text matching `cursor`
    let previousCount = 0;
    const cut = (to: number) => {
      if (to <= cursor) return;
      const fromUnit = unit;
      unit = advance(paragraph.text, unit, to - cursor);
      const ids = active.map((i) => highlights[i].id);
      // The innermost highlight that has a theme colour; speaker-only ones are neutral.
      let innermost = active[active.length - 1];
      for (let k = active.length - 1; k >= 0; k--) {
        if (colors[active[k]] !== NEUTRAL) {
          innermost = active[k];
          break;
        }
      }
      segments.push({
        start: cursor,
        end: to,
        text: paragraph.text.slice(fromUnit, unit),
        ids,
        color: innermost === undefined ? null : colors[innermost],
        warn: active.some((i) => highlights[i].anchor !== 'ok'),
        badge: ids.length >= 2 && ids.length > previousCount,
      });
      previousCount = ids.length;
      cursor = to;
    };
    while (e < events.length && events[e].at < paragraph.end) {
      const at = events[e].at;
      cut(at);
      while (e < events.length && events[e].at === at) apply(active, events[e++]);
    }
    cut(paragraph.end);
    out.push({ paragraph, segments, signature: signatureOf(segments) });
  }
  return out;
}

function apply(active: number[], event: Event): void {
  if (event.kind === 1) active.push(event.index);
  else {
    const i = active.lastIndexOf(event.index);
    if (i >= 0) active.splice(i, 1);
  }
}

/** The UTF-16 index `codePoints` code points after `unit` in `text`. */
function advance(text: string, unit: number, codePoints: number): number {
  let i = unit;
  for (let n = 0; n < codePoints && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

function signatureOf(segments: Segment[]): string {
  let s = '';
  for (const g of segments) if (g.ids.length) s += `${g.start}-${g.end}:${g.ids.join(',')}:${g.color}:${g.warn ? 1 : 0};`;
  return s;
}
