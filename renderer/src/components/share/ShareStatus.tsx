/**
 * The end of a share dialog: the replace question when the file exists, the application's
 * message when something failed (verbatim: it names the file and the problem), the busy line.
 */
import { useTranslation } from 'react-i18next';
import { useShare } from '../../state/context';
import { localiseError } from '../../i18n/localise-error';

export function ShareStatus({ busyText, onReplace }: { busyText: string; onReplace: () => void }) {
  const { t } = useTranslation();
  const busy = useShare((s) => s.busy);
  const error = useShare((s) => s.error);
  const existing = useShare((s) => s.existing);
  const dismissExisting = useShare((s) => s.dismissExisting);
  return (
    <>
      {busy && (
        <p className="share-busy" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> {busyText}
        </p>
      )}
      {error && (
        <p className="inline-error" role="alert" dir="auto" data-testid="share-error">
          {localiseError(error, t)}
        </p>
      )}
      {existing && (
        <div className="share-replace" role="alert" data-testid="share-replace">
          <p>{t('share.replaceQuestion')}</p>
          <p className="share-path" dir="ltr">
            {existing}
          </p>
          <div className="dialog-actions">
            <button type="button" className="danger" onClick={onReplace} data-testid="share-replace-confirm">
              {t('share.replace')}
            </button>
            {/* Focus lands on the safe answer: Enter does not replace a file by accident. */}
            <button type="button" onClick={dismissExisting} data-autofocus>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
