/**
 * The article being read. Every paragraph takes its direction from its own text (dir="auto"),
 * whatever the UI language: an English quote inside an Arabic article reads left to right.
 * Highlights are drawn and made in AnnotatedBody; the suggestions switch (G) and undo/redo sit
 * in the reader's bar.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, Paragraph } from '../../../shared/contract/index';
import { currentLanguage } from '../i18n/index';
import { formatNumber } from '../format/format';
import { useAnnotations, useHistory, useReader } from '../state/context';
import { AnnotatedBody } from './annotate/AnnotatedBody';
import { UndoRedo } from './annotate/UndoRedo';
import { SuggestToggle } from './suggest/SuggestToggle';
import '../styles/annotate.css';
import { MetaParts } from './MetaParts';
import { localiseError } from '../i18n/localise-error';

export function Reader() {
  const { t } = useTranslation();
  const id = useReader((s) => s.id);
  const article = useReader((s) => s.article);
  const loading = useReader((s) => s.loading);
  const error = useReader((s) => s.error);

  return (
    <section className="pane reader-pane" data-testid="reader" aria-label={t('reader.label')} aria-busy={loading}>
      <div className="reader-bar">
        <SuggestToggle />
        <UndoRedo />
      </div>
      <Problems />
      {error ? (
        <p className="inline-error pane-message" role="alert" dir="auto">
          {t('reader.loadFailed', { message: localiseError(error, t) })}
        </p>
      ) : id === null ? (
        <p className="empty-state muted" data-testid="reader-empty">
          {t('reader.empty')}
        </p>
      ) : article ? (
        <ArticleView article={article} />
      ) : (
        <p className="muted pane-message">{t('common.loading')}</p>
      )}
    </section>
  );
}

function ArticleView({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const titleId = useId();
  const paragraphs = useMemo(() => bodyParagraphs(article), [article]);
  const meta = [article.source, article.published, t('reader.chars', { count: formatNumber(article.chars, language) })].filter(
    (v): v is string => Boolean(v),
  );
  return (
    <article className="reader" aria-labelledby={titleId}>
      <h2 id={titleId} className="reader-title" dir="auto">
        {article.title}
      </h2>
      <p className="reader-meta">
        <MetaParts parts={meta} partClassName="reader-meta-part" />
      </p>
      <AnnotatedBody article={article} paragraphs={paragraphs} />
    </article>
  );
}

/** The last failed annotation or undo call, in the words of the contract, until dismissed. */
function Problems() {
  const { t } = useTranslation();
  const annotationError = useAnnotations((s) => s.error);
  const historyError = useHistory((s) => s.error);
  const clearAnnotation = useAnnotations((s) => s.clearError);
  const clearHistory = useHistory((s) => s.clearError);
  const message = annotationError ?? historyError;
  if (!message) return null;
  return (
    <div className="inline-error reader-problem" role="alert" data-testid="reader-problem">
      <span dir="auto">{localiseError(message, t)}</span>
      <button
        type="button"
        className="quiet"
        onClick={() => {
          clearAnnotation();
          clearHistory();
        }}
      >
        {t('annotate.dismiss')}
      </button>
    </div>
  );
}

/** The paragraphs under the heading: a first line that is the title itself is not shown twice. */
export function bodyParagraphs(article: Pick<Article, 'title' | 'paragraphs'>): Paragraph[] {
  const [first, ...rest] = article.paragraphs;
  if (first && squash(first.text) === squash(article.title)) return rest;
  return article.paragraphs;
}

function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
