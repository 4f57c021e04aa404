/**
 * One paragraph cut into highlight segments. Memoised on the paragraph and its segments'
 * signature, so adding one highlight re-renders only the paragraphs it touches. Marks carry
 * their ids in data-ids (space-separated, so CSS `[data-ids~=id]` and event delegation find
 * them); nothing but the paragraph's own text goes into the DOM — the count badge is CSS
 * generated content — so DOM offsets map exactly to article offsets (see selection/offsets).
 */
import { memo, type CSSProperties, type ReactNode } from 'react';
import type { FoldedRange } from '../../../../shared/contract/index';
import { marksSignature, splitBySuggestions, type Piece, type SuggestionMark } from '../suggest/suggestion-pieces';
import type { ParagraphSegments, Segment } from './segments';

interface Props {
  item: ParagraphSegments;
  /** Set when import found this paragraph to be a repeat or page furniture: shown dimmed, never removed. */
  folded?: { reason: FoldedRange['reason']; label: string };
  /** In the suggestions mode: the suggested statements in this paragraph, drawn outlined. */
  suggestions?: SuggestionMark[];
}

/**
 * A segment as it is drawn: its text, inside a <mark> when highlights cover it. A plain
 * function, not a component: an article with 1,000 highlights has thousands of segments, and a
 * component each doubled the work of its first render for no use (they hold no state).
 */
function segmentNode(s: Segment): ReactNode {
  if (s.ids.length === 0) return s.text;
  return (
    <mark
      key={s.start}
      className={`hl${s.ids.length > 1 ? ' hl-multi' : ''}${s.warn ? ' hl-warn' : ''}`}
      data-ids={s.ids.join(' ')}
      data-count={s.ids.length > 1 ? s.ids.length : undefined}
      data-badge={s.badge ? '' : undefined}
      style={{ '--hl': s.color } as CSSProperties}
    >
      {s.text}
    </mark>
  );
}

/** A piece under a suggestion: a dashed outline around the analyst's own marks, never over them. */
function SuggestionPiece({ p }: { p: Piece }) {
  const cls = ['sg', `sg-${p.status}`, p.first && 'sg-first', p.last && 'sg-last', p.focused && 'sg-focus', p.editing && 'sg-edit']
    .filter(Boolean)
    .join(' ');
  return (
    <span className={cls} data-sg={p.keys.join(' ')} data-speaker={p.first && p.focused ? p.speaker ?? undefined : undefined} title={p.title ?? undefined}>
      {segmentNode(p.segment)}
    </span>
  );
}

function ParagraphView({ item, folded, suggestions }: Props) {
  const { paragraph } = item;
  const pieces = suggestions?.length ? splitBySuggestions(item.segments, suggestions) : null;
  return (
    <p
      dir="auto"
      data-testid="reader-paragraph"
      data-start={paragraph.start}
      data-end={paragraph.end}
      data-folded={folded?.reason}
      className={folded ? 'folded' : undefined}
      title={folded?.label}
    >
      {pieces
        ? pieces.map((p) => (p.keys.length ? <SuggestionPiece key={p.segment.start} p={p} /> : segmentNode(p.segment)))
        : item.segments.map(segmentNode)}
    </p>
  );
}

export const HighlightedParagraph = memo(
  ParagraphView,
  (a, b) =>
    a.item.paragraph === b.item.paragraph &&
    a.item.signature === b.item.signature &&
    a.folded?.label === b.folded?.label &&
    marksSignature(a.suggestions) === marksSignature(b.suggestions),
);
