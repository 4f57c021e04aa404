/**
 * The top bar's search: the box (Ctrl+K or / focuses it; Enter shows the Search tab), and,
 * while the article being read has hits, "hit 3 of 12" with previous/next (F3, Shift+F3; in
 * the box Enter/Shift+Enter once the query has been opened in an article).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/index';
import { useReader, useSearch, useStores } from '../../state/context';
import { isTextEntry } from '../annotate/keys';
import { SearchBox } from './SearchBox';
import { useHitMarks } from './use-hit-marks';
import '../../styles/search.css';

export function TopSearch() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { search } = useStores();
  const box = useRef<HTMLInputElement>(null);
  const hits = useSearch((s) => s.hits);
  const nextHit = useSearch((s) => s.nextHit);
  const articleId = useReader((s) => s.article?.id ?? null);
  useHitMarks();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // By physical key, so Ctrl+K works on an Arabic layout too.
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.code === 'KeyK' || e.key.toLowerCase() === 'k')) {
        e.preventDefault();
        box.current?.focus();
        box.current?.select();
      } else if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTextEntry(e.target)) {
        e.preventDefault();
        box.current?.focus();
      } else if (e.key === 'F3') {
        e.preventDefault();
        search.getState().nextHit(e.shiftKey ? -1 : 1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [search]);

  const shown = hits && hits.articleId === articleId ? hits : null;

  return (
    <div className="top-search">
      <SearchBox
        ref={box}
        testId="top-search-input"
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          const state = search.getState();
          // Once this query's hits are marked in the article, Enter walks through them.
          if (shown && shown.hits.length > 0 && shown.query === state.query) {
            state.nextHit(e.shiftKey ? -1 : 1);
            return;
          }
          state.showPanel();
          void state.submit();
        }}
      />
      {shown && (
        <div className="hit-nav" data-testid="hit-nav">
          {shown.hits.length === 0 ? (
            <span className="muted">{t('search.noHitsHere')}</span>
          ) : (
            <>
              <button type="button" className="quiet" data-testid="hit-previous" aria-label={t('search.previousHit')} title={t('search.previousHit')} onClick={() => nextHit(-1)}>
                ‹
              </button>
              <span data-testid="hit-position" aria-live="polite">
                {t('search.hitOf', { current: formatNumber(shown.current + 1, language), total: formatNumber(shown.hits.length, language) })}
              </span>
              <button type="button" className="quiet" data-testid="hit-next" aria-label={t('search.nextHit')} title={t('search.nextHit')} onClick={() => nextHit(1)}>
                ›
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
