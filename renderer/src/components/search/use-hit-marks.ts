/**
 * Paints the search hits of the article being read, and scrolls to the current one.
 *
 * The reader re-renders its paragraphs whenever its highlights change (new text nodes, so
 * the old Ranges collapse): a MutationObserver on the reader pane repaints on the next frame.
 * Painting adds no nodes, so it cannot trigger itself.
 */
import { useEffect, useRef } from 'react';
import { useReader, useSearch } from '../../state/context';
import { clearHits, hitRanges, paintHits, scrollToRange } from './hit-ranges';

const READER = '[data-testid="reader"]';
const BODY = '[data-testid="reader-body"]';
const TITLE = '.reader-title';

export function useHitMarks(): void {
  const hits = useSearch((s) => s.hits);
  const article = useReader((s) => s.article);
  const articleId = article?.id ?? null;
  // The move (open/next/previous) already scrolled to: repaints alone never scroll.
  const scrolled = useRef(0);

  useEffect(() => {
    if (!hits || hits.articleId !== articleId || hits.hits.length === 0) {
      clearHits();
      return;
    }
    const pane = document.querySelector(READER);
    const paint = () => {
      const body = pane?.querySelector(BODY);
      if (!body) return clearHits();
      // The first line, when it is the title, is shown as the heading (see Reader.tsx).
      const heading = pane?.querySelector(TITLE);
      const first = article?.paragraphs[0];
      const title = heading && first ? { element: heading, start: first.start, text: first.text } : undefined;
      const ranges = hitRanges(body, hits.hits, title);
      paintHits(ranges, hits.current);
      const current = ranges[hits.current];
      if (current && scrolled.current !== hits.seq) {
        scrolled.current = hits.seq;
        if (!hits.stay) scrollToRange(current);
      }
    };
    paint();
    if (!pane) return clearHits;
    let frame = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(paint);
    });
    observer.observe(pane, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearHits();
    };
  }, [hits, articleId, article]);
}
