/** The application's error message, shown verbatim (it names the file and the problem). */
import { useTranslation } from 'react-i18next';
import { useProject } from '../state/context';
import { Dialog } from './Dialog';

export function ErrorDialog() {
  const { t } = useTranslation();
  const error = useProject((s) => s.error);
  const dismiss = useProject((s) => s.dismissError);
  if (error === null) return null;
  return (
    <Dialog title={t('error.title')} role="alertdialog" onClose={dismiss} testId="error-dialog" className="error-dialog">
      {/* Messages come from the application in English or Arabic: let the text set its direction. */}
      <p className="error-message" dir="auto">
        {error}
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={dismiss} data-autofocus>
          {t('common.ok')}
        </button>
      </div>
    </Dialog>
  );
}
