/**
 * The article being read. Every paragraph takes its direction from its own text (dir="auto"),
 * whatever the UI language: an English quote inside an Arabic article reads left to right.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, Paragraph } from '../../../shared/contract/index';
import { currentLanguage } from '../i18n/index';
import { formatNumber } from '../format/format';
import { useReader } from '../state/context';

export function Reader() {
  const { t } = useTranslation();
  const id = useReader((s) => s.id);
  const article = useReader((s) => s.article);
  const loading = useReader((s) => s.loading);
  const error = useReader((s) => s.error);

  return (
    <section className="pane reader-pane" data-testid="reader" aria-label={t('reader.label')} aria-busy={loading}>
      {error ? (
        <p className="inline-error pane-message" role="alert" dir="auto">
          {t('reader.loadFailed', { message: error })}
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
  const meta = [article.source, article.published, t('reader.chars', { count: formatNumber(article.chars, language) })].filter(
    (v): v is string => Boolean(v),
  );
  return (
    <article className="reader" aria-labelledby={titleId}>
      <h2 id={titleId} className="reader-title" dir="auto">
        {article.title}
      </h2>
      <p className="reader-meta">
        {meta.map((part, i) => (
          <bdi key={i} className="reader-meta-part">
            {part}
          </bdi>
        ))}
      </p>
      <div className="reader-body">
        {bodyParagraphs(article).map((p) => (
          <p key={p.start} dir="auto" data-testid="reader-paragraph" data-start={p.start} data-end={p.end}>
            {p.text}
          </p>
        ))}
      </div>
    </article>
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
