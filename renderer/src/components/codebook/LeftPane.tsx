/**
 * The inline-start pane: three tabs, the library, the codebook and search. The codebook
 * filter narrows the library, so the Library tab shows a dot while a filter is on. All panels
 * stay mounted (the others hidden), so a half-typed speaker, theme or query survives a look at
 * the library.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodebook, useSearch } from '../../state/context';
import { Library } from '../Library';
import { SearchPanel } from '../search/SearchPanel';
import { CodebookPanel } from './CodebookPanel';

type Tab = 'library' | 'codebook' | 'search';
const TABS: readonly Tab[] = ['library', 'codebook', 'search'];

export function LeftPane() {
  const { t } = useTranslation();
  const id = useId();
  const [tab, setTab] = useState<Tab>('library');
  const filtered = useCodebook((s) => Boolean(s.filter.speakerId || s.filter.themeId));
  // Enter in the top bar's search box asks for the Search tab.
  const panelRequest = useSearch((s) => s.panelRequest);
  useEffect(() => {
    if (panelRequest > 0) setTab('search');
  }, [panelRequest]);

  // The tabs pattern: arrows move between tabs (in reading order, so they follow dir), focus follows.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const forward = (event.key === 'ArrowRight') === (getComputedStyle(event.currentTarget).direction !== 'rtl');
    const at = TABS.indexOf(tab);
    const next =
      event.key === 'Home' ? TABS[0] : event.key === 'End' ? TABS[TABS.length - 1] : TABS[(at + (forward ? 1 : TABS.length - 1)) % TABS.length];
    setTab(next);
    document.getElementById(`${id}-${next}-tab`)?.focus();
  };

  return (
    <div className="pane left-pane">
      <div className="left-tabs" role="tablist" aria-label={t('leftPane.label')} onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            id={`${id}-${name}-tab`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`${id}-${name}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className="left-tab"
            data-testid={`tab-${name}`}
            onClick={() => setTab(name)}
          >
            {t(`leftPane.${name}`)}
            {name === 'library' && filtered && (
              <span className="tab-dot" title={t('leftPane.filterOn')}>
                <span className="visually-hidden">{t('leftPane.filterOn')}</span>
              </span>
            )}
          </button>
        ))}
      </div>
      {TABS.map((name) => (
        <div
          key={name}
          id={`${id}-${name}-panel`}
          role="tabpanel"
          aria-labelledby={`${id}-${name}-tab`}
          className="left-panel"
          hidden={tab !== name}
        >
          {name === 'library' ? (
            <Library />
          ) : name === 'codebook' ? (
            <CodebookPanel active={tab === 'codebook'} />
          ) : (
            <SearchPanel active={tab === 'search'} />
          )}
        </div>
      ))}
    </div>
  );
}
