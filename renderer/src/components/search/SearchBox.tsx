/** The query input, bound to the search store; the top bar and the Search tab each have one. */
import { forwardRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from '../../state/context';
import { isolateLtr } from '../../i18n/isolate';
import { fieldDir } from '../../i18n/field-dir';

export const SearchBox = forwardRef<HTMLInputElement, { testId: string; onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void }>(
  function SearchBox({ testId, onKeyDown }, ref) {
    const { t } = useTranslation();
    const query = useSearch((s) => s.query);
    const setQuery = useSearch((s) => s.setQuery);
    const clear = useSearch((s) => s.clear);
    return (
      <div className="search-box" role="search">
        <input
          ref={ref}
          type="search"
          dir={fieldDir(query)}
          data-testid={testId}
          aria-label={t('search.label')}
          placeholder={t('search.placeholder', { keys: isolateLtr('Ctrl+K') })}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              clear();
              return;
            }
            onKeyDown?.(e);
          }}
        />
        {query && (
          <button type="button" className="quiet search-clear" aria-label={t('search.clear')} title={t('search.clear')} onClick={clear}>
            ×
          </button>
        )}
      </div>
    );
  },
);
