/** The application's error message in the UI's language (it names the file and the problem). */
import { useTranslation } from 'react-i18next';
import { useProject } from '../state/context';
import { Dialog } from './Dialog';
import { localiseError } from '../i18n/localise-error';

export function ErrorDialog() {
  const { t } = useTranslation();
  const error = useProject((s) => s.error);
  const dismiss = useProject((s) => s.dismissError);
  if (error === null) return null;
  return (
    <Dialog title={t('error.title')} role="alertdialog" onClose={dismiss} testId="error-dialog" className="error-dialog">
      {/* A message without a reason key comes in English: let the text set its direction. */}
      <p className="error-message" dir="auto">
        {localiseError(error, t)}
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={dismiss} data-autofocus>
          {t('common.ok')}
        </button>
      </div>
    </Dialog>
  );
}
