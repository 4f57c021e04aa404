/**
 * The Search tab: query box, scope (articles, quotes, notes), filters, the count, what the
 * engine adjusted, the results (with "show more"), and the syntax help. Opening a result
 * shows its article in the reader with the hits marked (and a quote result's quote focused).
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult, SearchScope } from '../../../../shared/contract/index';
import { formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/index';
import { useAnnotations, useReader, useSearch } from '../../state/context';
import type { OpenTarget } from '../../state/search-store';
import { NoteResultItem, QuoteResultItem } from './AnnotationResultItem';
import { ResultItem } from './ResultItem';
import { ScopeSwitch } from './ScopeSwitch';
import { translateNotes } from './search-notes';
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
  const englishExplanation = useSearch((s) => s.explanation);
  const notes = useSearch((s) => s.notes);
  const explanation = notes.length ? translateNotes(notes, t) : englishExplanation;
  const scope: SearchScope = useSearch((s) => s.searched?.scope ?? s.scope);
  const loading = useSearch((s) => s.loading);
  const error = useSearch((s) => s.error);
  const submit = useSearch((s) => s.submit);
  const loadMore = useSearch((s) => s.loadMore);
  const open = useSearch((s) => s.open);
  const readingId = useReader((s) => s.id);
  const focusedId = useAnnotations((s) => s.selectedId);
  const onOpen = useCallback((articleId: string, target?: OpenTarget) => void open(articleId, target), [open]);
  const item = (r: SearchResult) => {
    switch (r.kind) {
      case 'article':
        return <ResultItem key={r.articleId} result={r} selected={r.articleId === readingId} onOpen={onOpen} />;
      case 'quote':
        return <QuoteResultItem key={r.highlightId} result={r} selected={r.articleId === readingId && r.highlightId === focusedId} onOpen={onOpen} />;
      case 'note':
        return (
          <NoteResultItem
            key={r.noteId}
            result={r}
            selected={r.articleId === readingId && (r.highlightId === null || r.highlightId === focusedId)}
            onOpen={onOpen}
          />
        );
    }
  };
  const totalKey = { articles: 'search.total', quotes: 'searching.totalQuotes', notes: 'searching.totalNotes' }[scope];
  const noResultsKey = { articles: 'search.noResults', quotes: 'searching.noQuotes', notes: 'searching.noNotes' }[scope];

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
        <ScopeSwitch />
        {active && <SearchFilters />}
      </div>
      <div className="search-status" aria-live="polite">
        {searched && total !== null && (
          <span data-testid="search-total">
            {results.length < total
              ? t('search.shown', { shown: formatNumber(results.length, language), total: formatNumber(total, language) })
              : t(totalKey, { count: formatNumber(total, language) })}
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
            <p className="muted">{t(noResultsKey)}</p>
            <SyntaxHelp />
          </div>
        ) : (
          <>
            <ol className="search-results" data-testid="search-results">
              {results.map(item)}
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
