/**
 * A small searchable list for speakers and themes: type to filter (Arabic-normalised, so
 * غوتيريش finds غوتيريش with or without hamza or tashkeel), arrows move, Enter picks. In
 * `multi` mode Enter (or Space with an empty query) toggles and the list stays open.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { normalizeArabic } from '../../../../shared/arabic/normalize';
import { fieldDir } from '../../i18n/field-dir';

export interface PickItem {
  id: string;
  label: string;
  /** Other spellings or labels the filter matches (aliases, Arabic/English labels). */
  keys?: string[];
  hint?: string | null;
  color?: string | null;
  depth?: number;
  checked?: boolean;
  /** Offered at the end whatever the filter (e.g. "create speaker «…»"). */
  always?: boolean;
}

interface Props {
  label: string;
  items: PickItem[];
  /** Extra entries computed from the query (e.g. create a speaker with the typed name). */
  extra?: (query: string) => PickItem[];
  multi?: boolean;
  emptyText: string;
  onPick(item: PickItem, query: string): void;
  onClose(): void;
  testId?: string;
}

export function matches(item: PickItem, query: string): boolean {
  const q = normalizeArabic(query).trim();
  if (!q) return true;
  return [item.label, ...(item.keys ?? [])].some((k) => normalizeArabic(k).includes(q));
}

export function QuickPick({ label, items, extra, multi = false, emptyText, onPick, onClose, testId }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const shown = useMemo(
    () => [...items.filter((i) => i.always || matches(i, query)), ...(extra ? extra(query) : [])],
    [items, extra, query],
  );
  const index = Math.min(active, Math.max(0, shown.length - 1));

  useEffect(() => {
    input.current?.focus();
  }, []);

  const pick = (item: PickItem | undefined) => {
    if (!item) return;
    onPick(item, query);
    if (!multi) onClose();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Keys stay here: the reader's single-letter shortcuts must not see them.
    e.stopPropagation();
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((index + 1) % Math.max(1, shown.length));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((index - 1 + shown.length) % Math.max(1, shown.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(shown[index]);
    } else if (e.key === ' ' && multi && query === '') {
      e.preventDefault();
      pick(shown[index]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  return (
    <div className="quick-pick" data-testid={testId}>
      <input
        ref={input}
        type="text"
        dir={fieldDir(query)}
        className="quick-pick-input"
        aria-label={label}
        placeholder={label}
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={shown[index] ? `${listId}-${index}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="quick-pick-list" id={listId} role="listbox" aria-label={label} aria-multiselectable={multi || undefined}>
        {shown.length === 0 && <li className="muted quick-pick-empty">{emptyText}</li>}
        {shown.map((item, i) => (
          <li
            key={item.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === index}
            aria-checked={multi ? Boolean(item.checked) : undefined}
            className={`quick-pick-item${i === index ? ' active' : ''}`}
            style={{ paddingInlineStart: `${0.5 + (item.depth ?? 0) * 0.9}rem` }}
            // mousedown, not click: the input keeps focus, so typing can go on.
            onMouseDown={(e) => {
              e.preventDefault();
              setActive(i);
              pick(item);
            }}
          >
            {multi && <span className="quick-pick-check" aria-hidden="true">{item.checked ? '✓' : ''}</span>}
            {item.color !== undefined && <span className="swatch" style={{ background: item.color ?? 'transparent' }} aria-hidden="true" />}
            <bdi className="quick-pick-label">{item.label}</bdi>
            {item.hint && <bdi className="quick-pick-hint muted">{item.hint}</bdi>}
          </li>
        ))}
      </ul>
    </div>
  );
}
