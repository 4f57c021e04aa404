/**
 * One quote or note found by the search: the quote (or note) with its matched words marked,
 * who said it and its themes, and the article it is in. Opening it shows the article with
 * the quote selected and scrolled to.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteResult, QuoteResult } from '../../../../shared/contract/index';
import { formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/index';
import { useCodebook } from '../../state/context';
import type { OpenTarget } from '../../state/search-store';
import { tagLabel } from '../annotate/tag-labels';
import { snippetParts } from './snippet';

type Ref = QuoteResult['themes'][number];

function Snippet({ text, marks }: QuoteResult['snippet']) {
  return (
    <span className="search-snippet" dir="auto" data-testid="search-snippet">
      {snippetParts(text, marks).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}

/** Speaker and theme chips; names in the UI language when the codebook has a label. */
function Tags({ speaker, themes }: { speaker: Ref | null; themes: Ref[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const tags = useCodebook((s) => s.tags);
  const label = (ref: Ref) => {
    const tag = tags.find((x) => x.id === ref.id);
    return tag ? tagLabel(tag, language) : ref.name;
  };
  return (
    <span className="search-result-tags">
      <bdi className={speaker ? 'search-result-speaker' : 'search-result-speaker muted'} data-testid="search-result-speaker">
        {speaker ? label(speaker) : t('searching.noSpeaker')}
      </bdi>
      {themes.map((theme) => (
        <bdi key={theme.id} className="search-result-theme" data-testid="search-result-theme" style={theme.color ? { borderColor: theme.color } : undefined}>
          {label(theme)}
        </bdi>
      ))}
    </span>
  );
}

function Where({ result }: { result: QuoteResult | NoteResult }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const meta = [result.source, result.published].filter((v): v is string => Boolean(v));
  return (
    <span className="search-result-meta">
      {/* The label and the title apart: an Arabic title must not turn the label's line around. */}
      <span className="search-result-meta-part">
        {t('searching.inArticle')} <bdi className="search-result-article">{result.articleTitle}</bdi>
      </span>
      {meta.map((part, i) => (
        <bdi key={i} className="search-result-meta-part">
          {part}
        </bdi>
      ))}
      {result.hits > 0 && (
        <span className="search-result-hits" data-testid="search-result-hits">
          {t('search.hits', { count: formatNumber(result.hits, language) })}
        </span>
      )}
    </span>
  );
}

export const QuoteResultItem = memo(function QuoteResultItem({
  result,
  selected,
  onOpen,
}: {
  result: QuoteResult;
  selected: boolean;
  onOpen: (articleId: string, target: OpenTarget) => void;
}) {
  return (
    <li className="search-result search-result-quote" data-testid="search-result" data-kind="quote" aria-current={selected ? 'true' : undefined}>
      <button
        type="button"
        className="search-result-button"
        onClick={() => onOpen(result.articleId, { highlightId: result.highlightId, start: result.start, end: result.end })}
      >
        <Tags speaker={result.speaker} themes={result.themes} />
        <Snippet {...result.snippet} />
        <Where result={result} />
      </button>
    </li>
  );
});

export const NoteResultItem = memo(function NoteResultItem({
  result,
  selected,
  onOpen,
}: {
  result: NoteResult;
  selected: boolean;
  onOpen: (articleId: string, target: OpenTarget) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="search-result search-result-note" data-testid="search-result" data-kind="note" aria-current={selected ? 'true' : undefined}>
      <button
        type="button"
        className="search-result-button"
        onClick={() => onOpen(result.articleId, { highlightId: result.highlightId, start: result.start, end: result.end })}
      >
        <span className="search-result-kind">{result.highlightId ? t('searching.noteOnQuote') : t('searching.noteOnArticle')}</span>
        <Snippet {...result.snippet} />
        {result.quote !== null && (
          <span className="search-result-quote-text" dir="auto" data-testid="search-result-quote">
            <Tags speaker={result.speaker} themes={result.themes} />
            <q>{result.quote}</q>
          </span>
        )}
        <Where result={result} />
      </button>
    </li>
  );
});
