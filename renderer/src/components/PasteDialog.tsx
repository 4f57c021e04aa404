/**
 * Paste an article: the text (prefilled when Ctrl+V was pressed on the library) and its title,
 * source, date and place, suggested by the importer's own heuristics (import.pastePreview)
 * and editable. Import goes through import.paste: the same preparation and duplicate check as
 * a file, in a batch of its own.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkArticleMeta } from '../../../shared/text/article-meta';
import { localiseError } from '../i18n/localise-error';
import { useImport, useStores } from '../state/context';
import { Dialog } from './Dialog';
import { FIELDS, LABEL, MetaInput, type Field } from './MetaFields';
import { isolate } from '../i18n/isolate';

const EMPTY: Record<Field, string> = { title: '', source: '', published: '', place: '', url: '', author: '' };

export function PasteDialog() {
  const open = useImport((s) => s.pasteOpen);
  if (!open) return null;
  return <PasteForm />;
}

function PasteForm() {
  const { t } = useTranslation();
  const id = useId();
  const initial = useImport((s) => s.pasteText);
  const close = useImport((s) => s.closePaste);
  const preview = useImport((s) => s.pastePreview);
  const paste = useImport((s) => s.paste);
  const [text, setText] = useState(initial);
  const [meta, setMeta] = useState(EMPTY);
  // Fields the analyst typed in keep what was typed; the others follow the text.
  const touched = useRef(new Set<Field>());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ title: string; duplicateOf: string | null; id: string | null } | null>(null);
  const { library } = useStores();
  // As opening a search result: the library selects it by id, and the reader follows.
  const showArticle = (articleId: string) => library.setState({ selectedId: articleId, selectedIndex: null });

  useEffect(() => {
    if (!text.trim()) return;
    let current = true;
    const timer = setTimeout(() => {
      void preview(text).then((found) => {
        if (!current || !found) return;
        setMeta((m) => {
          const next = { ...m };
          const suggested: Partial<Record<Field, string>> = { title: found.title, source: found.source ?? '', published: found.published ?? '', place: found.place ?? '' };
          for (const [k, v] of Object.entries(suggested) as [Field, string][]) if (!touched.current.has(k)) next[k] = v;
          return next;
        });
      });
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, preview]);

  const check = checkArticleMeta({ ...meta, title: meta.title || 'x' });
  const problems = check.ok ? {} : check.problems;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('importing.pasteNeedsText'));
      return;
    }
    if (!check.ok) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await paste({ text, ...meta }));
    } catch (e) {
      setError(localiseError(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('importing.pasteTitle')} onClose={busy ? undefined : close} className="paste-dialog" testId="paste-dialog" focusKey={result ? 'result' : 'form'}>
      {result ? (
        <div className="paste-result" data-testid="paste-result">
          <p role="status" dir="auto">
            {result.id ? t('importing.pasteDone', { title: isolate(result.title) }) : t('importing.pasteDuplicate')}
          </p>
          <div className="dialog-actions">
            {(result.id ?? result.duplicateOf) && (
              <button
                type="button"
                className="primary"
                data-autofocus
                onClick={() => {
                  showArticle((result.id ?? result.duplicateOf)!);
                  close();
                }}
              >
                {t('importing.showDuplicate')}
              </button>
            )}
            <button type="button" onClick={close}>
              {t('common.close')}
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)} className="paste-form">
          <label className="field" htmlFor={`${id}-text`}>
            <span>{t('importing.pasteText')}</span>
          </label>
          <textarea
            id={`${id}-text`}
            dir="auto"
            rows={6}
            data-testid="paste-text"
            data-autofocus
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <p className="hint">{t('importing.pasteTextHint')}</p>
          <div className="meta-fields">
            {FIELDS.map((field) => (
              <MetaInput
                key={field}
                id={`${id}-${field}`}
                label={t(LABEL[field])}
                value={meta[field]}
                field={field}
                problem={problems[field] ? t(`importing.problem.${problems[field]}`) : null}
                onChange={(value) => {
                  touched.current.add(field);
                  setMeta((m) => ({ ...m, [field]: value }));
                }}
              />
            ))}
          </div>
          {error && (
            <p className="inline-error" role="alert" dir="auto">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="submit" className="primary" data-testid="paste-import" disabled={busy}>
              {t('importing.pasteImport')}
            </button>
            <button type="button" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
