/**
 * The article's highlights in reading order, with speaker and theme chips. The codebook filter
 * (a speaker, a theme with its sub-themes) narrows the list; clicking a quote selects it and
 * scrolls the reader to it.
 */
import { memo, useDeferredValue, useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReaderHighlight, Tag } from '../../../../shared/contract/index';
import { formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/index';
import { themeTree, type CodebookFilter } from '../../state/codebook-store';
import { useAnnotations, useCodebook } from '../../state/context';
import { firstWords } from './HoverCard';
import { tagLabel } from './tag-labels';

/** The highlights the codebook filter lets through (a theme counts with its descendants). */
export function filterQuotes(highlights: ReaderHighlight[], tags: Tag[], filter: CodebookFilter): ReaderHighlight[] {
  let out = highlights;
  if (filter.speakerId) out = out.filter((h) => h.speakerId === filter.speakerId);
  if (filter.themeId) {
    const tree = themeTree(tags);
    const i = tree.findIndex((n) => n.tag.id === filter.themeId);
    const ids = new Set<string>([filter.themeId]);
    // Depth-first order: the descendants follow the theme until the depth comes back.
    if (i >= 0) for (let j = i + 1; j < tree.length && tree[j].depth > tree[i].depth; j++) ids.add(tree[j].tag.id);
    out = out.filter((h) => h.themeIds.some((id) => ids.has(id)));
  }
  return out;
}

interface Label {
  name: string;
  color: string | null;
}

/**
 * Tag names and colours by id. The codebook refreshes after every highlight change (counts
 * move); the map keeps its identity while names and colours stay the same, so the memoised
 * rows below do not all re-render when one quote is added.
 */
function useLabels(tags: Tag[], language: 'ar' | 'en'): Map<string, Label> {
  const key = tags.map((t) => `${t.id}\u0001${tagLabel(t, language)}\u0001${t.kind === 'speaker' ? t.name : ''}\u0001${t.color}`).join('\u0002');
  return useMemo(
    () => new Map(tags.map((t) => [t.id, { name: t.kind === 'speaker' ? t.name : tagLabel(t, language), color: t.color }])),
    // `key` stands for the content of `tags` (names and colours), not its identity.
    [key],
  );
}

/**
 * The shown article's highlights, drawn a render after the article's when they arrive: with
 * 1,000 quotes the list costs as much to build as the article's marks, so on arrival it
 * follows in a deferred render (which React may interrupt) and the article is painted with its
 * marks first. Until then the list stays empty, as while the quotes load. Later changes (a new
 * quote, an undo) are drawn at once, as before.
 */
function useQuotesAfterTheText(): ReaderHighlight[] {
  const highlights = useAnnotations((s) => s.highlights);
  // Which article's quotes have arrived (null while they load): a new value is a new list.
  const arrived = useAnnotations((s) => (s.loading ? null : s.articleId));
  const drawn = useDeferredValue(arrived);
  return drawn === arrived ? highlights : NONE;
}

const NONE: ReaderHighlight[] = [];

export function QuotesList() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const highlights = useQuotesAfterTheText();
  const selectedId = useAnnotations((s) => s.selectedId);
  const reveal = useAnnotations((s) => s.reveal);
  const tags = useCodebook((s) => s.tags);
  const filter = useCodebook((s) => s.filter);
  const shown = useMemo(() => filterQuotes(highlights, tags, filter), [highlights, tags, filter]);
  const labels = useLabels(tags, language);
  const filtered = Boolean(filter.speakerId || filter.themeId);
  // Translated once per render, not once per item: with 1,000 quotes the lookups alone cost
  // more than a frame.
  const unknown = t('annotate.unknownTag');

  return (
    <section className="quotes-list" data-testid="quotes-list" aria-labelledby="quotes-title">
      <h3 id="quotes-title" className="section-title">
        {t('annotate.quotesTitle', { count: formatNumber(highlights.length, language) })}
      </h3>
      {filtered && (
        <p className="muted quotes-filtered">
          {t('annotate.quotesFiltered', { shown: formatNumber(shown.length, language), total: formatNumber(highlights.length, language) })}
        </p>
      )}
      {highlights.length === 0 ? (
        <p className="muted">{t('annotate.quotesEmpty')}</p>
      ) : (
        <ul className="quotes">
          {shown.map((h) => (
            <QuoteItem key={h.id} h={h} selected={h.id === selectedId} labels={labels} unknown={unknown} onReveal={reveal} />
          ))}
        </ul>
      )}
    </section>
  );
}

const QuoteItem = memo(function QuoteItem({
  h,
  selected,
  labels,
  unknown,
  onReveal,
}: {
  h: ReaderHighlight;
  selected: boolean;
  labels: Map<string, Label>;
  unknown: string;
  onReveal(id: string): void;
}) {
  return (
    <li>
      <button
        type="button"
        className={`quote-item${selected ? ' selected' : ''}${h.anchor !== 'ok' ? ' warn' : ''}`}
        data-testid="quote-item"
        data-id={h.id}
        aria-current={selected || undefined}
        onClick={() => onReveal(h.id)}
      >
        <span className="quote-text" dir="auto">
          {firstWords(h.exact, 20)}
        </span>
        <span className="an-chips">
          {h.speakerId && <bdi className="an-chip an-speaker-chip">{labels.get(h.speakerId)?.name ?? unknown}</bdi>}
          {h.themeIds.map((id) => {
            const label = labels.get(id);
            return (
              <bdi key={id} className="an-chip" style={{ '--chip': label?.color ?? undefined } as CSSProperties}>
                {label?.name ?? unknown}
              </bdi>
            );
          })}
        </span>
      </button>
    </li>
  );
});
