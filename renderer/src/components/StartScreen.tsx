/** No project open: what Daftar is, new/open, and the recent projects. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/index';
import { formatDateTime } from '../format/format';
import { useProject } from '../state/context';
import { LanguageSwitch } from './LanguageSwitch';
import { PathDialog, type PathDialogMode } from './PathDialog';
import { PathText } from './PathText';

export function StartScreen() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const shell = useProject((s) => s.shell);
  const busy = useProject((s) => s.busy);
  const recent = useProject((s) => s.recent);
  const open = useProject((s) => s.open);
  const forget = useProject((s) => s.forget);
  const chooseAndOpen = useProject((s) => s.chooseAndOpen);
  const chooseAndCreate = useProject((s) => s.chooseAndCreate);
  const [pathDialog, setPathDialog] = useState<PathDialogMode | null>(null);

  // Electron has native pickers; web mode asks for a typed path.
  const onNew = () => (shell === 'electron' ? void chooseAndCreate() : setPathDialog('new'));
  const onOpen = () => (shell === 'electron' ? void chooseAndOpen() : setPathDialog('open'));

  return (
    <main className="start-screen" data-testid="start-screen">
      <div className="start-corner">
        <LanguageSwitch />
      </div>
      <div className="start-card">
        <header className="start-header">
          <h1 className="start-name">
            <span lang="ar">دفتر</span>
            <span className="start-name-sep" aria-hidden="true">
              ·
            </span>
            <span lang="en">Daftar</span>
          </h1>
          <p className="start-tagline">{t('app.tagline')}</p>
        </header>

        <div className="start-actions">
          <button type="button" className="primary" data-testid="new-project" disabled={busy} onClick={onNew}>
            {t('start.newProject')}
          </button>
          <button type="button" data-testid="open-project" disabled={busy} onClick={onOpen}>
            {t('start.openProject')}
          </button>
        </div>

        <section className="recent" aria-labelledby="recent-title">
          <h2 id="recent-title">{t('start.recentTitle')}</h2>
          {recent.length === 0 ? (
            <p className="muted">{t('start.recentEmpty')}</p>
          ) : (
            <ul className="recent-list" data-testid="recent-list">
              {recent.map((r) => (
                <li key={r.path} className={r.exists ? 'recent-item' : 'recent-item missing'} data-testid="recent-project">
                  <button
                    type="button"
                    className="recent-open"
                    disabled={!r.exists || busy}
                    onClick={() => void open(r.path)}
                  >
                    {/* bdi: the file name and its path read left to right ("أرشيف.sqlite", not
                        "sqlite.أرشيف"), the row keeps the UI's alignment. */}
                    <span className="recent-name">
                      <bdi dir="ltr">{r.name}</bdi>
                    </span>
                    <span className="recent-path">
                      <PathText path={r.path} />
                    </span>
                    <span className="recent-when">
                      {r.exists ? t('start.openedAt', { date: formatDateTime(r.openedAt, language) }) : t('start.missing')}
                    </span>
                  </button>
                  <button
                    type="button"
                    className="quiet"
                    aria-label={t('start.forgetLabel', { name: r.name })}
                    disabled={busy}
                    onClick={() => void forget(r.path)}
                  >
                    {t('start.forget')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {pathDialog && <PathDialog mode={pathDialog} onDone={() => setPathDialog(null)} />}
    </main>
  );
}
