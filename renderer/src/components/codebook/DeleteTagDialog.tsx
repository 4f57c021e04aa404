/**
 * Confirm deleting a speaker or theme with the number of quotes it touches (they keep their
 * text and lose the tag; a theme's sub-themes move up). The change is undoable.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/contract/index';
import { localiseError } from '../../i18n/localise-error';
import { currentLanguage } from '../../i18n/index';
import { formatNumber } from '../../format/format';
import { useCodebook } from '../../state/context';
import { Dialog } from '../Dialog';
import { tagLabel } from './tag-text';
import { isolate } from '../../i18n/isolate';

export function DeleteTagDialog({ tag, onClose, onDeleted }: { tag: Tag; onClose: () => void; onDeleted: (affected: number) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const remove = useCodebook((s) => s.remove);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = isolate(tagLabel(tag, language));
  const speaker = tag.kind === 'speaker';

  const confirm = async () => {
    setBusy(true);
    try {
      const { highlightsAffected } = await remove(tag.id);
      onDeleted(highlightsAffected);
    } catch (e) {
      setError(localiseError(e, t));
      setBusy(false);
    }
  };

  return (
    <Dialog
      role="alertdialog"
      testId="delete-tag-dialog"
      title={t(speaker ? 'codebook.deleteSpeakerTitle' : 'codebook.deleteThemeTitle', { name })}
      onClose={onClose}
    >
      <p data-testid="delete-tag-count">
        {t(speaker ? 'codebook.deleteSpeakerBody' : 'codebook.deleteThemeBody', { count: formatNumber(tag.count, language) })}
      </p>
      <p className="hint">{t('codebook.undoHint')}</p>
      {error && (
        <p className="inline-error" role="alert" dir="auto">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="danger" disabled={busy} data-testid="delete-tag-confirm" onClick={() => void confirm()}>
          {t('codebook.delete')}
        </button>
        <button type="button" data-autofocus onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
