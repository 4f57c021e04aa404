/** The codebook: speakers and the theme tree, with a status line for what was just done. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodebook } from '../../state/context';
import { SpeakerSection } from './SpeakerSection';
import { ThemeSection } from './ThemeSection';
import type { FieldError } from './validate';
import { localiseError } from '../../i18n/localise-error';

export function CodebookPanel({ active = true }: { active?: boolean }) {
  const { t } = useTranslation();
  const loaded = useCodebook((s) => s.loaded);
  const error = useCodebook((s) => s.error);
  const refresh = useCodebook((s) => s.refresh);
  // Kept as a message key, so it follows a switch of the UI language.
  const [status, setStatus] = useState<FieldError | null>(null);

  // Counts change whenever quotes are made or edited anywhere (another window, the CLI, web
  // mode): re-read them each time the panel is shown, so what it shows is current.
  useEffect(() => {
    if (active) void refresh();
  }, [active, refresh]);

  return (
    <section className="pane codebook-pane" aria-label={t('codebook.label')} data-testid="codebook">
      {/* A failed list load is shown here; a refused change is shown next to what was changed. */}
      {error && !loaded && (
        <div className="inline-error" role="alert" dir="auto">
          {t('codebook.loadFailed', { message: localiseError(error, t) })}{' '}
          <button type="button" onClick={() => void refresh()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {!loaded && !error ? (
        <p className="muted pane-message">{t('common.loading')}</p>
      ) : (
        <div className="codebook-body">
          <p className="codebook-status" role="status" data-testid="codebook-status">
            {status && t(status.key, status.values)}
          </p>
          <SpeakerSection onStatus={setStatus} />
          <ThemeSection onStatus={setStatus} />
        </div>
      )}
    </section>
  );
}
