/**
 * The end of a share dialog: the replace question when the file exists, the application's
 * message when something failed (verbatim: it names the file and the problem), the busy line —
 * or, for an export or merge running as a job, its progress with a Stop button.
 */
import { useTranslation } from 'react-i18next';
import { useShare } from '../../state/context';
import type { RunningJob } from '../../state/share-store';
import { JobProgress } from './JobProgress';
import { localiseError } from '../../i18n/localise-error';
import { PathText } from '../PathText';

export function ShareStatus({ busyText, onReplace, job }: { busyText: string; onReplace: () => void; job?: RunningJob['kind'] }) {
  const { t } = useTranslation();
  const running = useShare((s) => s.job);
  const busy = useShare((s) => s.busy) && !running;
  const error = useShare((s) => s.error);
  const existing = useShare((s) => s.existing);
  const dismissExisting = useShare((s) => s.dismissExisting);
  return (
    <>
      {job && <JobProgress kind={job} />}
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
            <PathText path={existing} />
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
