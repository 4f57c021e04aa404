/**
 * The inline-end pane: the suggestions list (in the suggestions mode), the selected
 * highlight's editor (when one is selected), the article's quotes, and the article's metadata
 * (open when no highlight is selected and no suggestions are shown).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/index';
import { formatDateTime, formatNumber } from '../format/format';
import type { Article } from '../../../shared/contract/index';
import { useAnnotations, useReader, useStores, useSuggestions } from '../state/context';
import { HighlightEditor } from './annotate/HighlightEditor';
import { QuotesList } from './annotate/QuotesList';
import { SuggestionsPanel } from './suggest/SuggestionsPanel';
import { ArticleMetaEditor } from './ArticleMetaEditor';
import { PathText } from './PathText';

export function Inspector() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const article = useReader((s) => s.article);
  const selected = useAnnotations((s) => (s.selectedId ? (s.highlights.find((h) => h.id === s.selectedId) ?? null) : null));
  const suggesting = useSuggestions((s) => s.active);
  const { reader } = useStores();
  const [editing, setEditing] = useState(false);
  // The article as saved: "Details saved" shows while the details are still those (an undo
  // or an edit elsewhere gives the reader another article object, and the note goes).
  const [savedAs, setSavedAs] = useState<Article | null>(null);
  const saved = savedAs !== null && savedAs === article;
  // Another article: leave the editor (its fields belonged to the previous one).
  useEffect(() => {
    setEditing(false);
  }, [article?.id]);
  const origin =
    article?.origin === 'paste' ? t('importing.originPaste') : article?.origin === 'upload' ? t('importing.originUpload') : null;

  // How each value is shown: in its own direction, left to right, or as a path (PathText).
  const rows: [string, string | null, 'auto' | 'ltr' | 'path'][] = article
    ? [
        ['importing.metaTitle', article.title, 'auto'],
        ['inspector.file', article.file ?? origin, article.file ? 'path' : 'auto'],
        ['inspector.source', article.source, 'auto'],
        ['inspector.author', article.author, 'auto'],
        ['inspector.published', article.published, 'auto'],
        ['importing.metaPlace', article.place ?? null, 'auto'],
        ['inspector.chars', formatNumber(article.chars, language), 'auto'],
        ['inspector.encoding', article.encoding, 'ltr'],
        ['inspector.importedAt', formatDateTime(article.importedAt, language), 'auto'],
        ['inspector.url', article.url, 'ltr'],
      ]
    : [];

  return (
    <aside className="pane inspector-pane" aria-labelledby="inspector-title" data-testid="inspector">
      <div className="pane-header">
        <h2 id="inspector-title" className="pane-title">
          {t('inspector.label')}
        </h2>
      </div>
      <div className="inspector-body">
        {suggesting && <SuggestionsPanel />}
        {selected && <HighlightEditor key={selected.id} highlight={selected} />}
        {article && <QuotesList />}
        {article ? (
          <details className="article-details" open={!selected && !suggesting} data-testid="article-details">
            <summary className="section-title">{t('annotate.articleDetails')}</summary>
            {editing ? (
              <ArticleMetaEditor
                article={article}
                onDone={(didSave) => {
                  setEditing(false);
                  setSavedAs(didSave ? reader.getState().article : null);
                }}
              />
            ) : (
              <>
                <button type="button" className="link-button" data-testid="meta-edit" onClick={() => { setSavedAs(null); setEditing(true); }}>
                  {t('importing.edit')}
                </button>
                {saved && (
                  <p className="muted" role="status" data-testid="meta-saved">
                    {t('importing.saved')}
                  </p>
                )}
              </>
            )}
            {!editing && <dl className="meta-list">
              {rows.map(([label, value, dir]) => (
                <div key={label} className="meta-row">
                  <dt>{t(label)}</dt>
                  {/* Missing metadata shows as a dash, so every article has the same rows. */}
                  {/* bdi isolates an LTR path or number without pulling the row out of the UI's alignment. */}
                  <dd>{!value ? t('common.none') : dir === 'path' ? <PathText path={value} /> : <bdi dir={dir}>{value}</bdi>}</dd>
                </div>
              ))}
            </dl>}
          </details>
        ) : (
          <p className="muted">{t('inspector.nothing')}</p>
        )}
      </div>
    </aside>
  );
}
