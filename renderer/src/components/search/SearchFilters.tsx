/**
 * Speaker, theme (from the codebook, with their quote counts), source, date range and import
 * batch (from search.facets). A theme brings the themes below it, as in the engine.
 */
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/index';
import { tagsOfKind, themeTree } from '../../state/codebook-store';
import { useCodebook, useSearch } from '../../state/context';
import { tagLabel } from '../annotate/tag-labels';
import { DateFilterField } from '../DateFilterField';
import { isolate } from '../../i18n/isolate';

// The contract's date prefix (2018, 2018-03, 2018-03-05); anything else is not sent.

export function SearchFilters() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const id = useId();
  const facets = useSearch((s) => s.facets);
  const filters = useSearch((s) => s.filters);
  const setFilters = useSearch((s) => s.setFilters);
  const loadFacets = useSearch((s) => s.loadFacets);
  const tags = useCodebook((s) => s.tags);
  const speakers = tagsOfKind(tags, 'speaker');
  const themes = themeTree(tags);
  // Option text cannot hold <bdi>: names are isolated so "Guterres (3)" keeps its brackets in Arabic.
  const option = (name: string, count: number) => t('searching.tagOption', { name: isolate(name), count: formatNumber(count, language) });
  // A pick whose tag was deleted (or merged away) no longer filters: drop it from the panel.
  const speakerGone = filters.speakerId !== undefined && tags.length > 0 && !speakers.some((s) => s.id === filters.speakerId);
  const themeGone = filters.themeId !== undefined && tags.length > 0 && !themes.some((x) => x.tag.id === filters.themeId);
  useEffect(() => {
    if (speakerGone || themeGone) void setFilters({ ...(speakerGone ? { speakerId: undefined } : {}), ...(themeGone ? { themeId: undefined } : {}) });
  }, [speakerGone, themeGone, setFilters]);

  // Sources and batches change with imports: read them whenever the filters are shown.
  useEffect(() => {
    void loadFacets();
  }, [loadFacets]);

  return (
    <fieldset className="search-filters" data-testid="search-filters">
      <legend className="visually-hidden">{t('search.filters')}</legend>
      <label htmlFor={`${id}-speaker`}>{t('searching.speaker')}</label>
      <select
        id={`${id}-speaker`}
        data-testid="search-speaker"
        value={filters.speakerId ?? ''}
        onChange={(e) => void setFilters({ speakerId: e.target.value || undefined })}
      >
        <option value="">{t('searching.anySpeaker')}</option>
        {speakers.map((s) => (
          <option key={s.id} value={s.id}>
            {option(s.name, s.count)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-theme`}>{t('searching.theme')}</label>
      <select
        id={`${id}-theme`}
        data-testid="search-theme"
        value={filters.themeId ?? ''}
        onChange={(e) => void setFilters({ themeId: e.target.value || undefined })}
      >
        <option value="">{t('searching.anyTheme')}</option>
        {themes.map(({ tag, depth }) => (
          <option key={tag.id} value={tag.id}>
            {/* Options cannot hold markup: the tree shows as indentation with no-break spaces. */}
            {'\u00a0\u00a0'.repeat(depth) + option(tagLabel(tag, language), tag.count)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-source`}>{t('search.source')}</label>
      <select
        id={`${id}-source`}
        data-testid="search-source"
        value={filters.source ?? ''}
        onChange={(e) => void setFilters({ source: e.target.value || undefined })}
      >
        <option value="">{t('search.anySource')}</option>
        {facets?.sources.map((s) => (
          <option key={s.source} value={s.source}>
            {`${isolate(s.source)} (${formatNumber(s.articles, language)})`}
          </option>
        ))}
      </select>
      <DateFilterField id={`${id}-from`} label={t('search.dateFrom')} testId="search-date-from" value={filters.dateFrom} onValid={(v) => void setFilters({ dateFrom: v })} />
      <DateFilterField id={`${id}-to`} label={t('search.dateTo')} testId="search-date-to" value={filters.dateTo} onValid={(v) => void setFilters({ dateTo: v })} />
      <label htmlFor={`${id}-batch`}>{t('search.batch')}</label>
      <select
        id={`${id}-batch`}
        data-testid="search-batch"
        value={filters.batchId ?? ''}
        onChange={(e) => void setFilters({ batchId: e.target.value || undefined })}
      >
        <option value="">{t('search.anyBatch')}</option>
        {facets?.batches.map((b) => (
          <option key={b.id} value={b.id}>
            {t('search.batchOption', { date: formatDateTime(b.startedAt, language), count: formatNumber(b.articles, language) })}
          </option>
        ))}
      </select>
    </fieldset>
  );
}

