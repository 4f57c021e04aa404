/**
 * Suggestions drawn over a paragraph's highlight segments: each segment is cut again at the
 * suggestions' edges, and each piece knows which suggestions cover it and whether it is the
 * first or last piece of one (where the dashed outline closes). Only the article's own text
 * goes into the DOM (the speaker label is CSS generated content), so selection offsets stay
 * exact (see selection/offsets).
 */
import type { Segment } from '../annotate/segments';

export interface SuggestionMark {
  key: string;
  start: number;
  end: number;
  status: 'pending' | 'overlaps' | 'rejected';
  focused: boolean;
  editing: boolean;
  /** Shown as a label on the focused suggestion and as a tooltip on every one. */
  speaker: string;
  title: string;
}

export interface Piece {
  segment: Segment;
  /** Keys of the suggestions covering this piece; empty for none. */
  keys: string[];
  first: boolean;
  last: boolean;
  focused: boolean;
  editing: boolean;
  status: SuggestionMark['status'] | null;
  speaker: string | null;
  title: string | null;
}

/** UTF-16 length of `count` code points of `text` from `unit`. */
function unitsFor(text: string, unit: number, count: number): number {
  let i = unit;
  for (let n = 0; n < count && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i - unit;
}

export function splitBySuggestions(segments: Segment[], marks: SuggestionMark[]): Piece[] {
  const plain = (segment: Segment): Piece => ({ segment, keys: [], first: false, last: false, focused: false, editing: false, status: null, speaker: null, title: null });
  if (marks.length === 0) return segments.map(plain);
  const out: Piece[] = [];
  for (const seg of segments) {
    const cuts = new Set<number>([seg.start, seg.end]);
    for (const m of marks) {
      if (m.start > seg.start && m.start < seg.end) cuts.add(m.start);
      if (m.end > seg.start && m.end < seg.end) cuts.add(m.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    let unit = 0;
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k]!;
      const to = points[k + 1]!;
      const length = unitsFor(seg.text, unit, to - from);
      const segment = { ...seg, start: from, end: to, text: seg.text.slice(unit, unit + length), badge: seg.badge && k === 0 };
      unit += length;
      const covering = marks.filter((m) => m.start < to && m.end > from);
      if (covering.length === 0) {
        out.push(plain(segment));
        continue;
      }
      // The focused one, else the innermost (the last to start), decides the look.
      const lead = covering.find((m) => m.focused) ?? covering[covering.length - 1]!;
      out.push({
        segment,
        keys: covering.map((m) => m.key),
        first: from === lead.start,
        last: to === lead.end,
        focused: lead.focused,
        editing: lead.editing,
        status: lead.status,
        speaker: lead.speaker,
        title: lead.title,
      });
    }
  }
  return out;
}

/** A cheap memo key for a paragraph's suggestion marks. */
export function marksSignature(marks: SuggestionMark[] | undefined): string {
  if (!marks || marks.length === 0) return '';
  return marks.map((m) => `${m.key}:${m.start}-${m.end}:${m.status}:${m.focused ? 1 : 0}${m.editing ? 1 : 0}:${m.speaker}`).join(';');
}
