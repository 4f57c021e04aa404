/**
 * Undo and redo buttons labelled with what they will do ("Undo: delete highlight"), and the
 * keys: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (⌘ on a Mac) anywhere in the project view — except in
 * text fields, where the browser's own text undo applies.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useHistory, useStores } from '../../state/context';
import { historyLabel } from './history-label';
import { isTextEntry } from './keys';

export function UndoRedo() {
  const { t } = useTranslation();
  const stores = useStores();
  const undo = useHistory((s) => s.undo);
  const redo = useHistory((s) => s.redo);
  const busy = useHistory((s) => s.busy);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEntry(e.target)) return;
      // By physical key, so an Arabic layout's Ctrl+ئ is still Ctrl+Z.
      const key = e.code === 'KeyZ' || e.code === 'KeyY' ? e.code.slice(3).toLowerCase() : e.key.toLowerCase();
      const history = stores.history.getState();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void history.undoLast();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        void history.redoLast();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [stores]);

  const undoText = undo ? t('history.undoWhat', { label: historyLabel(undo.label, t) }) : t('history.nothingToUndo');
  const redoText = redo ? t('history.redoWhat', { label: historyLabel(redo.label, t) }) : t('history.nothingToRedo');
  return (
    <div className="undo-redo" role="group">
      <button
        type="button"
        className="quiet"
        data-testid="undo-button"
        disabled={!undo || busy}
        title={undoText}
        aria-label={undoText}
        onClick={() => void stores.history.getState().undoLast()}
      >
        ↶ {undo ? undoText : t('history.undo')}
      </button>
      <button
        type="button"
        className="quiet"
        data-testid="redo-button"
        disabled={!redo || busy}
        title={redoText}
        aria-label={redoText}
        onClick={() => void stores.history.getState().redoLast()}
      >
        ↷ {redo ? redoText : t('history.redo')}
      </button>
    </div>
  );
}
