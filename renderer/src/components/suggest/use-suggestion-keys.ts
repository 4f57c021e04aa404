/**
 * The suggestions mode's keys, anywhere in the project view outside text fields:
 *   J / ↓ next, K / ↑ previous, A or Enter accept, Shift+A accept all from the speaker,
 *   E edit, R or Delete reject, U restore a rejected one, Escape ends an edit;
 *   while editing: Shift+←/→ moves the end and Ctrl+Shift+←/→ the start by a word (the way
 *   the arrow points on screen, so ← runs on through Arabic text), S picks the speaker.
 * Letters are read by physical key (shortcutOf), so they work on an Arabic layout too. The
 * keys step aside for the selection toolbar, dialogs, the quick-pick and other lists.
 */
import { useEffect } from 'react';
import { useStores } from '../../state/context';
import { isTextEntry, shortcutOf } from '../annotate/keys';
import { arrowStep, isRightToLeft, moveEdge } from './span-edit';

function busyElsewhere(target: Element | null): boolean {
  if (document.querySelector('[data-testid=selection-toolbar], dialog[open], [role=dialog]')) return true;
  return Boolean(target?.closest?.('.quick-pick'));
}

export function useSuggestionKeys(openSpeakerPick: () => void): void {
  const stores = useStores();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = stores.suggestions.getState();
      const target = e.target instanceof Element ? e.target : null;
      if (!s.active || e.defaultPrevented || isTextEntry(e.target) || busyElsewhere(target)) return;
      const plain = !e.ctrlKey && !e.metaKey && !e.altKey;

      if (s.edit && (e.key === 'ArrowLeft' || e.key === 'ArrowRight') && e.shiftKey && !e.metaKey && !e.altKey) {
        const article = stores.reader.getState().article;
        if (!article) return;
        e.preventDefault();
        const paragraph = article.paragraphs.find((p) => p.start <= s.edit!.start && s.edit!.start < p.end);
        const step = arrowStep(e.key, isRightToLeft(paragraph?.text ?? article.text));
        const next = moveEdge(article.text, s.edit, e.ctrlKey ? 'start' : 'end', step);
        s.setEditSpan(next.start, next.end);
        return;
      }
      if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && plain && !e.shiftKey) {
        // Lists and tabs elsewhere keep their own arrows.
        if (target?.closest('[role=listbox], [role=tablist], [role=tree], select, .library-pane')) return;
        e.preventDefault();
        s.move(e.key === 'ArrowDown' ? 1 : -1);
        return;
      }
      if (e.key === 'Delete' && plain) {
        e.preventDefault();
        void s.reject();
        return;
      }
      const key = shortcutOf(e);
      if (!key) return;
      // Enter on a button, a link or a list's option is that element's own action.
      if (key === 'Enter' && target?.closest('button, a, summary, [role=button], [role=listbox], [role=tree], [role=tablist]')) return;
      const act: Record<string, (() => void) | undefined> = {
        j: () => s.move(1),
        k: () => s.move(-1),
        a: () => void (e.shiftKey ? s.acceptAllFrom() : s.accept()),
        Enter: () => void s.accept(),
        e: () => s.startEdit(),
        r: () => void s.reject(),
        u: () => void s.unreject(),
        s: s.edit ? openSpeakerPick : undefined,
        Escape: s.edit ? () => s.cancelEdit() : undefined,
      };
      const run = act[key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [stores, openSpeakerPick]);
}
