/** The open project's bar: name, article count, search, Import, Export / Share, Close project, language. */
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/index';
import { formatNumber } from '../format/format';
import { isolatePath } from '../i18n/isolate';
import { useImport, useLibrary, useProject } from '../state/context';
import { LanguageSwitch } from './LanguageSwitch';
import { ShareMenu } from './share/ShareMenu';
import { TopSearch } from './search/TopSearch';

export function TopBar() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const project = useProject((s) => s.project);
  const busy = useProject((s) => s.busy);
  const close = useProject((s) => s.close);
  // The library's total follows imports as they happen; the project's count is the fallback.
  const total = useLibrary((s) => s.total);
  const openImport = useImport((s) => s.openDialog);
  if (!project) return null;
  const count = total ?? project.articles;

  return (
    <header className="top-bar">
      <div className="top-bar-project">
        <span className="app-mark" lang="ar" aria-hidden="true">
          دفتر
        </span>
        {/* The name is a file name: left to right, so "أرشيف.sqlite" keeps its extension after the
            name in the Arabic bar too; the tooltip's path is isolated the same way. */}
        <h1 className="project-name" title={isolatePath(project.path)} data-testid="project-name">
          <bdi dir="ltr">{project.name}</bdi>
        </h1>
        <span className="article-count" data-testid="article-count">
          {t('topbar.articles', { count: formatNumber(count, language) })}
        </span>
        {project.readOnly && <span className="badge">{t('topbar.readOnly')}</span>}
      </div>
      <TopSearch />
      <div className="top-bar-actions">
        <button type="button" className="primary" data-testid="import-button" disabled={project.readOnly} onClick={openImport}>
          {t('topbar.import')}
        </button>
        <ShareMenu disabled={busy} />
        <button type="button" data-testid="close-project" disabled={busy} onClick={() => void close()}>
          {t('topbar.close')}
        </button>
        <LanguageSwitch />
      </div>
    </header>
  );
}
