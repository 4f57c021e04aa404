/** The window: start screen or open project, and the error dialog above either. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useProject } from '../state/context';
import { ErrorDialog } from './ErrorDialog';
import { ProjectView } from './ProjectView';
import { UpgradeDialog } from './share/UpgradeDialog';
import { StartScreen } from './StartScreen';
import { localiseError } from '../i18n/localise-error';
import { isolateLtr } from '../i18n/isolate';
import { installCleanCopy } from '../i18n/clean-copy';

export function App() {
  const { t } = useTranslation();
  const status = useProject((s) => s.status);
  const loadError = useProject((s) => s.loadError);
  const project = useProject((s) => s.project);
  const load = useProject((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    // The window's title is plain text too: the project's file name left to right.
    document.title = project ? `${isolateLtr(project.name)} — ${t('app.name')}` : t('app.name');
  }, [project, t]);

  // Names and paths carry invisible isolates for display; a copy of them must not.
  useEffect(() => installCleanCopy(document), []);

  return (
    <>
      {status === 'loading' ? (
        <p className="splash muted">{t('common.loading')}</p>
      ) : status === 'failed' ? (
        <main className="splash">
          <h1>{t('error.title')}</h1>
          <p className="error-message" dir="auto" role="alert">
            {localiseError(loadError, t)}
          </p>
          <button type="button" onClick={() => void load()}>
            {t('common.retry')}
          </button>
        </main>
      ) : project ? (
        <ProjectView />
      ) : (
        <StartScreen />
      )}
      <UpgradeDialog />
      <ErrorDialog />
    </>
  );
}
