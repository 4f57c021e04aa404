/**
 * The article list: a listbox virtualised with @tanstack/react-virtual (only the rows on
 * screen exist in the DOM, so 30,000 articles scroll as smoothly as 30), loaded page by page
 * as it scrolls. Up/Down/PageUp/PageDown/Home/End move the selection. While the codebook
 * filter is on, the header shows it (with × to clear) and the list holds only matching articles.
 */
import { useEffect, useId, useRef, useState, type ClipboardEvent, type DragEvent, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../shared/contract/index';
import { useImport, useLibrary } from '../state/context';
import { readDrop } from '../importing/dropped';
import { hasLibraryFilters, itemAt, selectedRow, SORT_KEYS, type SortKey } from '../state/library-store';
import { FilterChips } from './codebook/FilterChips';
import { LibraryFilters } from './LibraryFilters';
import { MetaParts, type MetaPart } from './MetaParts';
import { localiseError } from '../i18n/localise-error';

/** Two lines (title, then source/date/file): fixed, so no row has to be measured. */
export const ROW_HEIGHT = 60;

const SORT_LABEL: Record<SortKey, string> = {
  imported: 'library.sortImported',
  title: 'library.sortTitle',
  published: 'library.sortPublished',
  source: 'library.sortSource',
};

export function Library() {
  const { t } = useTranslation();
  const listId = useId();
  const total = useLibrary((s) => s.total);
  const sort = useLibrary((s) => s.sort);
  const pages = useLibrary((s) => s.pages);
  const selectedId = useLibrary((s) => s.selectedId);
  const selectedIndex = useLibrary((s) => s.selectedIndex);
  const error = useLibrary((s) => s.error);
  const filtered = useLibrary((s) => Boolean(s.filter.speakerId || s.filter.themeId) || hasLibraryFilters(s.filters));
  const direction = useLibrary((s) => s.direction);
  const setDirection = useLibrary((s) => s.setDirection);
  const setSort = useLibrary((s) => s.setSort);
  const ensureRange = useLibrary((s) => s.ensureRange);
  const select = useLibrary((s) => s.select);
  const openImport = useImport((s) => s.openDialog);
  const openPaste = useImport((s) => s.openPaste);
  const drop = useImport((s) => s.drop);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);

  // Files dragged from the desktop (not text or links dragged inside the page).
  const carriesFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');
  const dragHandlers = {
    onDragEnter: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      dragDepth.current++;
      setDragging(true);
    },
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      dragDepth.current = Math.max(0, dragDepth.current - 1);
      if (dragDepth.current === 0) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      dragDepth.current = 0;
      setDragging(false);
      // readDrop takes what it needs from the DataTransfer before its first await (it is emptied after the event).
      void readDrop(event.dataTransfer).then(drop);
    },
  };

  // Ctrl+V on the library (not in its filter fields) opens the paste dialog with the text.
  const onPaste = (event: ClipboardEvent) => {
    if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]')) return;
    const text = event.clipboardData.getData('text/plain');
    if (!text.trim()) return;
    event.preventDefault();
    openPaste(text);
  };

  const hasFiltersOnly = useLibrary((s) => hasLibraryFilters(s.filters) && !s.filter.speakerId && !s.filter.themeId);
  const count = total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const rows = virtualizer.getVirtualItems();
  const firstRow = rows[0]?.index ?? 0;
  const lastRow = rows[rows.length - 1]?.index ?? 0;
  const active = selectedRow({ pages, selectedId, selectedIndex });

  useEffect(() => {
    if (count > 0) void ensureRange(firstRow, lastRow);
  }, [firstRow, lastRow, count, sort, direction, ensureRange]);

  // Keep the selected row in view when the selection moves, but not when the list merely
  // grows (an import refreshing it): the analyst may have scrolled away to read other rows.
  const scrolledTo = useRef<number | null>(null);
  useEffect(() => {
    if (active === null || active >= count || scrolledTo.current === active) return;
    scrolledTo.current = active;
    virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, count, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0) return;
    const page = Math.max(1, rows.length - 2);
    const from = active ?? -1;
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: Math.max(0, from - 1),
      PageDown: from + page,
      PageUp: Math.max(0, from - page),
      Home: 0,
      End: count - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    void select(Math.min(count - 1, moves[event.key]));
  };

  return (
    // The pane is always there (data-testid="library"), with the empty state or the listbox in it.
    <section
      className={dragging ? 'pane library-pane dragging' : 'pane library-pane'}
      aria-labelledby={`${listId}-label`}
      data-testid="library"
      onPaste={onPaste}
      {...dragHandlers}
    >
      {dragging && (
        <div className="drop-overlay" data-testid="library-drop-overlay" aria-hidden="true">
          <p>{t('importing.dropHere')}</p>
        </div>
      )}
      <div className="pane-header">
        <h2 id={`${listId}-label`} className="pane-title">
          {t('library.label')}
        </h2>
        <label className="sort">
          <span>{t('library.sort')}</span>
          <select data-testid="library-sort" value={sort} onChange={(e) => void setSort(e.target.value as SortKey)}>
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(SORT_LABEL[key])}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="icon-button"
          data-testid="library-direction"
          aria-label={`${t('importing.direction')}: ${t(direction === 'asc' ? 'importing.ascending' : 'importing.descending')}`}
          title={t(direction === 'asc' ? 'importing.ascending' : 'importing.descending')}
          onClick={() => void setDirection(direction === 'asc' ? 'desc' : 'asc')}
        >
          {direction === 'asc' ? '↑' : '↓'}
        </button>
      </div>
      <div className="library-tools">
        <LibraryFilters />
        <button type="button" className="link-button" data-testid="paste-article" onClick={() => openPaste()}>
          {t('importing.paste')}
        </button>
      </div>
      <FilterChips />
      {error && (
        <p className="inline-error" role="alert" dir="auto">
          {t('library.loadFailed', { message: localiseError(error, t) })}
        </p>
      )}
      {total === 0 && filtered ? (
        <p className="muted pane-message" data-testid="library-no-matches">
          {hasFiltersOnly ? t('importing.noMatches') : t('library.noMatches')}
        </p>
      ) : total === 0 ? (
        <div className="empty-state" data-testid="library-empty">
          <p>{t('library.empty')}</p>
          <p className="muted">{t('importing.dropHint')}</p>
          <div className="empty-actions">
            <button type="button" className="primary" data-testid="library-empty-import" onClick={openImport}>
              {t('library.import')}
            </button>
            <button type="button" data-testid="library-empty-paste" onClick={() => openPaste()}>
              {t('importing.paste')}
            </button>
          </div>
        </div>
      ) : total === null && !error ? (
        <p className="muted pane-message">{t('common.loading')}</p>
      ) : (
        <div
          ref={scrollRef}
          className="library-list"
          role="listbox"
          tabIndex={0}
          aria-labelledby={`${listId}-label`}
          aria-activedescendant={active !== null && active < count ? `${listId}-row-${active}` : undefined}
          data-testid="library-list"
          onKeyDown={onKeyDown}
        >
          <div role="presentation" className="library-sizer" style={{ height: virtualizer.getTotalSize() }}>
            {rows.map((row) => {
              const article = itemAt({ pages }, row.index);
              return (
                <LibraryRow
                  key={row.key}
                  id={`${listId}-row-${row.index}`}
                  index={row.index}
                  count={count}
                  top={row.start}
                  article={article}
                  selected={article !== undefined ? article.id === selectedId : row.index === active}
                  placeholder={t('library.placeholder')}
                  onSelect={() => {
                    void select(row.index);
                    scrollRef.current?.focus();
                  }}
                />
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}

interface RowProps {
  id: string;
  index: number;
  count: number;
  top: number;
  article: ArticleSummary | undefined;
  selected: boolean;
  placeholder: string;
  onSelect: () => void;
}

function LibraryRow({ id, index, count, top, article, selected, placeholder, onSelect }: RowProps) {
  const meta: MetaPart[] = article ? [article.source, article.published].filter((v): v is string => Boolean(v)) : [];
  if (article?.file) meta.push({ path: article.file });
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      aria-setsize={count}
      aria-posinset={index + 1}
      className={selected ? 'library-row selected' : 'library-row'}
      data-testid="library-row"
      data-article-id={article?.id}
      style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
      onClick={onSelect}
    >
      {article ? (
        <>
          <span className="row-title" dir="auto">
            {article.title}
          </span>
          <span className="row-meta">
            <MetaParts parts={meta} partClassName="row-meta-part" />
          </span>
        </>
      ) : (
        <span className="row-title muted">{placeholder}</span>
      )}
    </div>
  );
}
