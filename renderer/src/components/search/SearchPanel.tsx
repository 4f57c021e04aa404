/**
 * The Search tab: query box, filters, the count, what the engine adjusted, the results (with
 * "show more"), and the syntax help. Opening a result shows it in the reader with its hits.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/index';
import { useReader, useSearch } from '../../state/context';
import { ResultItem } from './ResultItem';
import { SearchBox } from './SearchBox';
import { SearchFilters } from './SearchFilters';
import { SyntaxHelp, SyntaxTable } from './SyntaxHelp';
import '../../styles/search.css';
import { localiseError } from '../../i18n/localise-error';

export function SearchPanel({ active }: { active: boolean }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const searched = useSearch((s) => s.searched);
  const results = useSearch((s) => s.results);
  const total = useSearch((s) => s.total);
  const explanation = useSearch((s) => s.explanation);
  const loading = useSearch((s) => s.loading);
  const error = useSearch((s) => s.error);
  const submit = useSearch((s) => s.submit);
  const loadMore = useSearch((s) => s.loadMore);
  const open = useSearch((s) => s.open);
  const readingId = useReader((s) => s.id);
  const onOpen = useCallback((articleId: string) => void open(articleId), [open]);

  return (
    <div className="search-panel" data-testid="search-panel" aria-busy={loading}>
      <div className="search-head">
        <SearchBox
          testId="search-input"
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void submit();
            }
          }}
        />
        {active && <SearchFilters />}
      </div>
      <div className="search-status" aria-live="polite">
        {searched && total !== null && (
          <span data-testid="search-total">
            {results.length < total
              ? t('search.shown', { shown: formatNumber(results.length, language), total: formatNumber(total, language) })
              : t('search.total', { count: formatNumber(total, language) })}
          </span>
        )}
        {loading && <span className="muted">{t('search.searching')}</span>}
      </div>
      {explanation && (
        <p className="search-explanation" data-testid="search-explanation" dir="auto">
          {explanation}
        </p>
      )}
      {error && (
        <p className="inline-error" role="alert" data-testid="search-error" dir="auto">
          {t('search.failed', { message: localiseError(error, t) })}
        </p>
      )}
      <div className="search-body">
        {!searched ? (
          <div className="search-empty" data-testid="search-empty-query">
            <p className="muted">{t('search.noQuery')}</p>
            <SyntaxTable />
          </div>
        ) : results.length === 0 ? (
          <div className="search-empty" data-testid="search-no-results">
            <p className="muted">{t('search.noResults')}</p>
            <SyntaxHelp />
          </div>
        ) : (
          <>
            <ol className="search-results" data-testid="search-results">
              {results.map((r) => (
                <ResultItem key={r.articleId} result={r} selected={r.articleId === readingId} onOpen={onOpen} />
              ))}
            </ol>
            {total !== null && results.length < total && (
              <button type="button" className="search-more" data-testid="search-more" disabled={loading} onClick={() => void loadMore()}>
                {t('search.loadMore')}
              </button>
            )}
            <SyntaxHelp />
          </>
        )}
      </div>
    </div>
  );
}
