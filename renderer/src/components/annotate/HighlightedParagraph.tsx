/**
 * One paragraph cut into highlight segments. Memoised on the paragraph and its segments'
 * signature, so adding one highlight re-renders only the paragraphs it touches. Marks carry
 * their ids in data-ids (space-separated, so CSS `[data-ids~=id]` and event delegation find
 * them); nothing but the paragraph's own text goes into the DOM — the count badge is CSS
 * generated content — so DOM offsets map exactly to article offsets (see selection/offsets).
 */
import { memo, type CSSProperties } from 'react';
import type { FoldedRange } from '../../../../shared/contract/index';
import type { ParagraphSegments } from './segments';

interface Props {
  item: ParagraphSegments;
  /** Set when import found this paragraph to be a repeat or page furniture: shown dimmed, never removed. */
  folded?: { reason: FoldedRange['reason']; label: string };
}

function ParagraphView({ item, folded }: Props) {
  const { paragraph, segments } = item;
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
      {segments.map((s) =>
        s.ids.length === 0 ? (
          s.text
        ) : (
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
        ),
      )}
    </p>
  );
}

export const HighlightedParagraph = memo(
  ParagraphView,
  (a, b) =>
    a.item.paragraph === b.item.paragraph && a.item.signature === b.item.signature && a.folded?.label === b.folded?.label,
);
