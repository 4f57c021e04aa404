/**
 * The reader header's switch for the suggestions mode, and its key G (by physical key, so it
 * works on an Arabic layout), outside text fields.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores, useSuggestions } from '../../state/context';
import { isTextEntry, shortcutOf } from '../annotate/keys';

export function SuggestToggle() {
  const { t } = useTranslation();
  const stores = useStores();
  const active = useSuggestions((s) => s.active);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTextEntry(e.target) || shortcutOf(e) !== 'g' || e.shiftKey) return;
      if (document.querySelector('[data-testid=selection-toolbar], dialog[open], [role=dialog]')) return;
      e.preventDefault();
      const s = stores.suggestions.getState();
      void s.setActive(!s.active);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [stores]);

  return (
    <button
      type="button"
      className={`quiet suggest-toggle${active ? ' on' : ''}`}
      data-testid="suggest-toggle"
      aria-pressed={active}
      title={t('suggestions.toggleTitle')}
      aria-keyshortcuts="G"
      onClick={() => void stores.suggestions.getState().setActive(!active)}
    >
      <span aria-hidden="true" className="suggest-toggle-icon">⬚</span> {t('suggestions.toggle')} <kbd>G</kbd>
    </button>
  );
}
