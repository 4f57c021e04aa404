/**
 * The suggestions mode's marks for the reader: each listed suggestion (the edited span while
 * it is being edited) cut to the paragraphs it runs through, keyed by paragraph start; and
 * scrolling the focused one into view when the focus moves.
 */
import { useEffect, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../../../../shared/contract/index';
import { useAnnotations, useCodebook, useSuggestions } from '../../state/context';
import { listedItems, suggestionItems } from '../../state/suggestions-store';
import type { SuggestionMark } from './suggestion-pieces';
import { isolate } from '../../i18n/isolate';

export function useSuggestionMarks(paragraphs: Paragraph[]): Map<number, SuggestionMark[]> {
  const { t } = useTranslation();
  const active = useSuggestions((s) => s.active);
  const rows = useSuggestions((s) => s.rows);
  const focusKey = useSuggestions((s) => s.focusKey);
  const edit = useSuggestions((s) => s.edit);
  const acceptedAs = useSuggestions((s) => s.acceptedAs);
  const highlights = useAnnotations((s) => s.highlights);
  const tags = useCodebook((s) => s.tags);
  return useMemo(() => {
    const out = new Map<number, SuggestionMark[]>();
    if (!active) return out;
    for (const item of listedItems(suggestionItems(rows, highlights, acceptedAs))) {
      if (item.status === 'accepted') continue;
      const editing = edit?.key === item.key;
      const start = editing ? edit.start : item.row.start;
      const end = editing ? edit.end : item.row.end;
      // While editing, the label follows the speaker chosen in the edit.
      const chosen = editing && edit.speakerId !== undefined ? (edit.speakerId ? tags.find((x) => x.id === edit.speakerId)?.name : t('suggestions.noSpeaker')) : undefined;
      const speaker = chosen ?? item.row.speaker.name;
      // A tooltip is plain text: the name and the cue are isolated (i18n/isolate.ts).
      const title = t('suggestions.markTitle', { speaker: isolate(speaker), cue: isolate(item.row.cue) });
      for (const p of paragraphs) {
        if (p.end <= start || p.start >= end) continue;
        const list = out.get(p.start) ?? [];
        list.push({ key: item.key, start: Math.max(start, p.start), end: Math.min(end, p.end), status: item.status, focused: item.key === focusKey, editing, speaker, title });
        out.set(p.start, list);
      }
    }
    return out;
  }, [active, rows, focusKey, edit, acceptedAs, highlights, paragraphs, tags, t]);
}

/** Scroll the focused suggestion into view in the article when the focus moves. */
export function useRevealSuggestion(body: RefObject<HTMLElement | null>): void {
  const revealSeq = useSuggestions((s) => s.revealSeq);
  const focusKey = useSuggestions((s) => s.focusKey);
  useEffect(() => {
    if (!revealSeq || !focusKey || !body.current) return;
    const el = body.current.querySelector(`[data-sg~="${focusKey}"]`);
    el?.scrollIntoView?.({ block: 'center' });
    // Only a new reveal scrolls; a refresh of the marks must not move the page.
  }, [revealSeq]);
}
