/**
 * The article text with its highlights, and the ways to make them: a selection (mouse or
 * Shift+arrows) opens the toolbar; hovering a mark shows the hover card; clicking one selects
 * it for the inspector. Segments are computed once per (paragraphs, highlights, colours);
 * hover and click use event delegation on the body, so 1,000 marks cost no listeners.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Article, FoldedRange, Paragraph } from '../../../../shared/contract/index';
import { useTranslation } from 'react-i18next';
import { sliceCodePoints } from '../../../../shared/anchors/quote-selector';
import { rangeToOffsets, offsetsToRange } from '../../selection/offsets';
import { useAnnotations, useCodebook, useStores } from '../../state/context';
import { useRevealSuggestion, useSuggestionMarks } from '../suggest/use-suggestion-marks';
import { placeUnder, rangeRect, type Draft } from './draft';
import { HighlightedParagraph } from './HighlightedParagraph';
import { HoverCard, type HoverApi } from './HoverCard';
import { computeSegments } from './segments';
import { SelectionToolbar } from './SelectionToolbar';

const MARK = 'mark[data-ids]';

export function AnnotatedBody({ article, paragraphs }: { article: Article; paragraphs: Paragraph[] }) {
  const highlights = useAnnotations((s) => s.highlights);
  const articleId = useAnnotations((s) => s.articleId);
  const selectedId = useAnnotations((s) => s.selectedId);
  const revealSeq = useAnnotations((s) => s.revealSeq);
  const select = useAnnotations((s) => s.select);
  const tags = useCodebook((s) => s.tags);
  const body = useRef<HTMLDivElement>(null);
  const hover = useRef<HoverApi>(null);
  const pointerDown = useRef(false);
  const [draft, setDraft] = useState<Draft | null>(null);

  // Highlights of another article may still be in the store for a moment while it loads.
  const shown = articleId === article.id ? highlights : [];
  // The codebook reloads after every change (its counts move); only colours matter here, so
  // the segments are recomputed when a colour changes, not on every reload.
  const colorKey = tags.map((t) => `${t.id}=${t.color}`).join(',');
  const colors = useMemo(() => new Map(tags.map((t) => [t.id, t.color])), [colorKey]);
  const items = useMemo(() => computeSegments(paragraphs, shown, (id) => colors.get(id)), [paragraphs, shown, colors]);

  const folded = useFoldedParagraphs(article);
  const stores = useStores();
  const suggestionMarks = useSuggestionMarks(paragraphs);
  useRevealSuggestion(body);

  const pane = useCallback(() => body.current?.closest('.reader-pane') ?? null, []);

  /** Turn the browser's selection into a draft, if it lies (partly) in this article. */
  /** The draft the browser's selection in the article makes right now (null: none). */
  const draftFromSelection = useCallback((): Draft | null => {
    const el = body.current;
    const selection = document.getSelection();
    if (!el || !selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (range.collapsed) return null;
    const found = rangeToOffsets(range, el);
    if (!found.ok) return null;
    const exact = sliceCodePoints(article.text, found.start, found.end);
    const at = placeUnder(rangeRect(range), pane());
    return { start: found.start, end: found.end, exact, clipped: found.clipped, blank: exact.trim() === '', ...at };
  }, [article.text, pane]);

  const readSelection = useCallback(() => {
    const found = draftFromSelection();
    if (!found) return;
    setDraft((d) => (d && d.start === found.start && d.end === found.end ? d : found));
  }, [draftFromSelection]);

  useEffect(() => {
    // Keyboard selections (Shift+arrows) arrive as selectionchange; mouse ones on mouseup.
    const onChange = () => {
      if (!pointerDown.current) readSelection();
    };
    const onUp = () => {
      if (!pointerDown.current) return;
      pointerDown.current = false;
      readSelection();
    };
    document.addEventListener('selectionchange', onChange);
    document.addEventListener('mouseup', onUp);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('mouseup', onUp);
    };
  }, [readSelection]);

  // Another article: whatever was selected belonged to the previous one.
  useEffect(() => setDraft(null), [article.id]);

  useEffect(() => {
    if (!revealSeq || !body.current) return;
    const h = findById(shown, selectedId);
    const range = h && offsetsToRange(body.current, h.start, h.end);
    const el = range?.startContainer.parentElement;
    el?.scrollIntoView?.({ block: 'center' });
    // Only a new reveal scrolls; a later highlights refresh must not jump the page.
  }, [revealSeq]);

  const closeDraft = useCallback(() => setDraft(null), []);
  useSelectedMarks(body, selectedId, items);

  return (
    <>
      <div
        ref={body}
        className="reader-body"
        data-testid="reader-body"
        onMouseDown={(e) => {
          if (e.button === 0) pointerDown.current = true;
        }}
        onMouseUp={() => {
          const selection = document.getSelection();
          // A plain click (no text selected) closes the toolbar; on a mark it selects it.
          if (!selection || selection.isCollapsed) setDraft(null);
        }}
        onClick={(e) => {
          const selection = document.getSelection();
          if (selection && !selection.isCollapsed) return;
          // In the suggestions mode a click on a suggested statement focuses it in the list.
          const suggested = (e.target as Element).closest('[data-sg]')?.getAttribute('data-sg')?.split(' ') ?? [];
          if (suggested.length) stores.suggestions.getState().focus(suggested[suggested.length - 1]!);
          const mark = (e.target as Element).closest(MARK);
          const ids = mark?.getAttribute('data-ids')?.split(' ') ?? [];
          // The innermost highlight (the last to start) is the one the click meant.
          if (ids.length) select(ids[ids.length - 1]);
        }}
        onMouseOver={(e) => {
          const mark = (e.target as Element).closest(MARK);
          if (mark) hover.current?.show(mark);
        }}
        onMouseOut={(e) => {
          const to = e.relatedTarget instanceof Element ? e.relatedTarget.closest(MARK) : null;
          if (!to) hover.current?.hideSoon();
        }}
      >
        {items.map((item) => (
          <HighlightedParagraph
            key={item.paragraph.start}
            item={item}
            folded={folded.get(item.paragraph.start)}
            suggestions={suggestionMarks.get(item.paragraph.start)}
          />
        ))}
      </div>
      <HoverCard ref={hover} pane={pane} hidden={draft !== null} />
      {draft && <SelectionToolbar key={`${draft.start}-${draft.end}`} draft={draft} liveDraft={draftFromSelection} onClose={closeDraft} />}
    </>
  );
}

/**
 * Paragraphs the importer marked as repeats or page furniture (article.folded holds indexes
 * into article.paragraphs), keyed by their code-point start, with the label to show.
 */
function useFoldedParagraphs(article: Article): Map<number, { reason: FoldedRange['reason']; label: string }> {
  const { t } = useTranslation();
  return useMemo(() => {
    const out = new Map<number, { reason: FoldedRange['reason']; label: string }>();
    for (const range of article.folded ?? []) {
      for (let i = range.start; i < range.end; i++) {
        const p = article.paragraphs[i];
        if (p) out.set(p.start, { reason: range.reason, label: t(`reader.folded.${range.reason}`) });
      }
    }
    return out;
  }, [article, t]);
}

function findById<T extends { id: string }>(list: T[], id: string | null): T | undefined {
  return id ? list.find((h) => h.id === id) : undefined;
}

/**
 * Outline every mark of the selected highlight by toggling a class on those marks only: no
 * paragraph re-renders, and no inline <style> (the web mode's CSP allows only its own sheets).
 * Runs after every render of the segments, since a re-rendered mark loses the class.
 */
function useSelectedMarks(body: RefObject<HTMLDivElement | null>, selectedId: string | null, items: unknown): void {
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    for (const m of el.querySelectorAll('mark.hl-selected')) m.classList.remove('hl-selected');
    if (!selectedId) return;
    for (const m of el.querySelectorAll('mark[data-ids]')) {
      if ((m.getAttribute('data-ids') ?? '').split(' ').includes(selectedId)) m.classList.add('hl-selected');
    }
  }, [body, selectedId, items]);
}
