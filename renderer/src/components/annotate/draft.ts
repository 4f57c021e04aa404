/** A selection in the reader waiting to become a highlight, and where to show its toolbar. */
export interface Draft {
  start: number;
  end: number;
  exact: string;
  /** The selection reached outside the article and was cut at its edges. */
  clipped: boolean;
  /** Only white space was selected: show a hint, create nothing. */
  blank: boolean;
  /** Position inside the reader pane (its scroll content), in CSS pixels. */
  top: number;
  left: number;
}

/** Where a floating element goes under `rect`, in the coordinates of the scrolling `pane`. */
export function placeUnder(rect: DOMRect | null, pane: Element | null): { top: number; left: number } {
  if (!rect || !pane) return { top: 0, left: 0 };
  const box = pane.getBoundingClientRect();
  return {
    top: rect.bottom - box.top + pane.scrollTop + 6,
    left: Math.max(8, Math.min(rect.left + rect.width / 2 - box.left + pane.scrollLeft, box.width - 8)),
  };
}

/** The bounding box of a range, where the DOM can tell (jsdom cannot). */
export function rangeRect(range: Range): DOMRect | null {
  return typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
}
