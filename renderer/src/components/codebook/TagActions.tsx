/** The small buttons on a codebook row; each says what it does to whom (aria-label and tooltip). */
import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n/isolate';

export type TagAction = 'edit' | 'move' | 'merge' | 'delete';

// Glyphs every Arabic-capable system font here has; the words are in the labels.
const GLYPH: Record<TagAction, string> = { edit: '✎', move: '↳', merge: '⇉', delete: '✕' };

export function TagActions({ name, actions, onAction }: { name: string; actions: TagAction[]; onAction: (action: TagAction) => void }) {
  const { t } = useTranslation();
  return (
    <span className="tag-actions" role="group" aria-label={t('codebook.actions', { name })}>
      {actions.map((action) => {
        const label = t(`codebook.${action}Label`, { name });
        return (
          <button
            key={action}
            type="button"
            className="icon-button"
            aria-label={label}
            // The tooltip is plain text: the name in it is isolated (i18n/isolate.ts).
            title={t(`codebook.${action}Label`, { name: isolate(name) })}
            data-testid={`tag-${action}`}
            onClick={() => onAction(action)}
          >
            <span aria-hidden="true">{GLYPH[action]}</span>
          </button>
        );
      })}
    </span>
  );
}
