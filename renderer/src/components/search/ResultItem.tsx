/** One search result: title, source · date, the snippet with its matched words marked, hits. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleResult } from '../../../../shared/contract/index';
import { formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/index';
import { snippetParts } from './snippet';
import { MetaParts } from '../MetaParts';

export const ResultItem = memo(function ResultItem({
  result,
  selected,
  onOpen,
}: {
  result: ArticleResult;
  selected: boolean;
  onOpen: (articleId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const meta = [result.source, result.published].filter((v): v is string => Boolean(v));
  return (
    <li className="search-result" data-testid="search-result" aria-current={selected ? 'true' : undefined}>
      <button type="button" className="search-result-button" onClick={() => onOpen(result.articleId)}>
        <span className="search-result-title" dir="auto">
          {result.title}
        </span>
        <span className="search-result-meta">
          <MetaParts parts={meta} partClassName="search-result-meta-part" />
          <span className="search-result-hits" data-testid="search-result-hits">
            {result.hits > 0 ? t('search.hits', { count: formatNumber(result.hits, language) }) : t('search.titleOnly')}
          </span>
        </span>
        {result.snippet.text && (
          <span className="search-snippet" dir="auto" data-testid="search-snippet">
            {snippetParts(result.snippet.text, result.snippet.marks).map((part, i) =>
              part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
            )}
          </span>
        )}
      </button>
    </li>
  );
});
