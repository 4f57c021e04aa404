/**
 * Edit an article's title, source, published date, place, URL and author in the inspector.
 * Checked as typed with the same rules the application applies (shared/text/article-meta):
 * the date is read from Arabic or ISO input and shown as it will be stored. Saved through
 * articles.updateMeta, one undoable step (Ctrl+Z).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/contract/index';
import { checkArticleMeta } from '../../../shared/text/article-meta';
import { localiseError } from '../i18n/localise-error';
import { useReader } from '../state/context';
import { FIELDS, LABEL, MetaInput, type Field } from './MetaFields';


export function ArticleMetaEditor({ article, onDone }: { article: Article; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const saveMeta = useReader((s) => s.saveMeta);
  const [values, setValues] = useState<Record<Field, string>>({
    title: article.title,
    source: article.source ?? '',
    published: article.published ?? '',
    place: article.place ?? '',
    url: article.url ?? '',
    author: article.author ?? '',
  });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const check = checkArticleMeta(values);
  const problems = check.ok ? {} : check.problems;
  const readsAs = check.ok && check.value.published && check.value.published !== values.published.trim() ? check.value.published : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!check.ok) return;
    setBusy(true);
    setError(null);
    try {
      await saveMeta({ id: article.id, ...values });
      onDone(true);
    } catch (e) {
      setError(localiseError(e, t));
      setBusy(false);
    }
  };

  return (
    <form className="meta-editor" data-testid="meta-editor" aria-label={t('importing.editLabel')} onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) {
          e.stopPropagation();
          onDone(false);
        }
      }}
    >
      {FIELDS.map((field) => (
        <MetaInput
          key={field}
          id={`${id}-${field}`}
          field={field}
          label={t(LABEL[field])}
          value={values[field]}
          // Problems show once a field is typed in or a save was tried, not while it is untouched.
          problem={problems[field] && (tried || values[field] !== initialOf(article, field)) ? t(`importing.problem.${problems[field]}`) : null}
          hint={field === 'published' ? (readsAs ? t('importing.metaReadsAs', { date: readsAs }) : t('importing.metaPublishedHint')) : undefined}
          onChange={(value) => setValues((v) => ({ ...v, [field]: value }))}
        />
      ))}
      {error && (
        <p className="inline-error" role="alert" dir="auto">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="primary" data-testid="meta-save" disabled={busy}>
          {t('importing.save')}
        </button>
        <button type="button" onClick={() => onDone(false)} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function initialOf(article: Article, field: Field): string {
  return (field === 'title' ? article.title : (article[field] ?? '')) as string;
}
