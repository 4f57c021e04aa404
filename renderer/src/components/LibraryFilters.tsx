/**
 * The library's own filters: one source (with its article count), a published-date span and
 * an import batch. Sources and batches come from search.facets (the same lists the search
 * panel offers); the list itself is filtered in SQL by articles.list, page by page.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryFilters as Filters } from '../../../shared/contract/index';
import { formatDateTime, formatNumber } from '../format/format';
import { currentLanguage } from '../i18n/index';
import { useLibrary, useSearch } from '../state/context';
import { hasLibraryFilters } from '../state/library-store';
import { DateFilterField } from './DateFilterField';
import { isolate, isolateLtr } from '../i18n/isolate';

// The contract's date prefix (2018, 2018-03, 2018-03-05); anything else is not sent.

export function LibraryFilters() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const id = useId();
  const filters = useLibrary((s) => s.filters);
  const total = useLibrary((s) => s.total);
  const setFilters = useLibrary((s) => s.setFilters);
  const facets = useSearch((s) => s.facets);
  const loadFacets = useSearch((s) => s.loadFacets);
  const on = hasLibraryFilters(filters);
  const [open, setOpen] = useState(on);

  // Sources and batches change with imports and edits: read them whenever the panel opens.
  useEffect(() => {
    if (open) void loadFacets();
  }, [open, loadFacets]);

  const update = (patch: Partial<Filters>) => void setFilters({ ...filters, ...patch });

  return (
    <details className="library-filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="library-filters">
      <summary>
        {t('importing.filters')}
        {on && total !== null && <span className="filter-count"> · {t('importing.shown', { count: formatNumber(total, language) })}</span>}
      </summary>
      <div className="library-filter-grid">
        <label htmlFor={`${id}-source`}>{t('importing.source')}</label>
        <select id={`${id}-source`} data-testid="library-filter-source" value={filters.source ?? ''} onChange={(e) => update({ source: e.target.value || undefined })}>
          <option value="">{t('importing.anySource')}</option>
          {facets?.sources.map((s) => (
            <option key={s.source} value={s.source}>
              {t('importing.sourceOption', { source: isolate(s.source), count: formatNumber(s.articles, language) })}
            </option>
          ))}
        </select>
        <DateFilterField id={`${id}-from`} label={t('importing.dateFrom')} testId="library-filter-from" value={filters.dateFrom} onValid={(v) => update({ dateFrom: v })} />
        <DateFilterField id={`${id}-to`} label={t('importing.dateTo')} testId="library-filter-to" value={filters.dateTo} onValid={(v) => update({ dateTo: v })} />
        <label htmlFor={`${id}-batch`}>{t('importing.batch')}</label>
        <select id={`${id}-batch`} data-testid="library-filter-batch" value={filters.batchId ?? ''} onChange={(e) => update({ batchId: e.target.value || undefined })}>
          <option value="">{t('importing.anyBatch')}</option>
          {facets?.batches.map((b) => (
            <option key={b.id} value={b.id}>
              {t('importing.batchOption', {
                date: formatDateTime(b.startedAt, language),
                inputs: b.inputs.length ? isolateLtr(batchInputs(b.inputs)) : t('importing.batchPasted'),
                count: formatNumber(b.articles, language),
              })}
            </option>
          ))}
        </select>
      </div>
      {on && (
        <button type="button" className="link-button" data-testid="library-filter-clear" onClick={() => void setFilters({})}>
          {t('importing.clearFilters')}
        </button>
      )}
    </details>
  );
}

/** A batch by what was imported: the last part of its first input, and how many more. */
function batchInputs(inputs: string[]): string {
  if (!inputs.length) return '';
  const first = inputs[0].split(/[\\/]/).filter(Boolean).pop() ?? inputs[0];
  return inputs.length > 1 ? `${first} +${inputs.length - 1}` : first;
}

