/**
 * Map a collection's columns to article fields: each column with a few values from the first
 * rows and a "use as" choice (a field, or ignore). Opens when Daftar finds no column holding
 * the text, or when the analyst asks. The mapping sent is complete (every field named or
 * null), so what the dialog shows is exactly what is imported.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COLLECTION_FIELDS, type CollectionField, type ColumnMapping } from '../../../shared/contract/index';
import { useImport } from '../state/context';
import { Dialog } from './Dialog';
import { isolateLtr } from '../i18n/isolate';

export function ColumnMappingDialog() {
  const preview = useImport((s) => s.mapping);
  if (!preview) return null;
  return <MappingForm key={preview.file} />;
}

function MappingForm() {
  const { t } = useTranslation();
  const id = useId();
  const preview = useImport((s) => s.mapping)!;
  const confirm = useImport((s) => s.confirmMapping);
  const cancel = useImport((s) => s.cancelMapping);
  // column index → field ('' = ignore), starting from what Daftar recognised.
  const [use, setUse] = useState<string[]>(() =>
    preview.columns.map((c) => (Object.entries(preview.detected).find(([, col]) => col === c)?.[0] ?? '')),
  );
  const [hint, setHint] = useState(false);

  const choose = (column: number, field: string) =>
    // One column per field: choosing a field for this column takes it from any other.
    setUse((u) => u.map((f, i) => (i === column ? field : f === field && field !== '' ? '' : f)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!use.includes('body')) {
      setHint(true);
      return;
    }
    const mapping: ColumnMapping = {};
    for (const field of COLLECTION_FIELDS) {
      const at = use.indexOf(field);
      mapping[field] = at >= 0 ? preview.columns[at] : null;
    }
    void confirm(mapping);
  };

  return (
    <Dialog title={t('importing.mapTitle', { file: isolateLtr(preview.file.split(/[\\/]/).pop() ?? preview.file) })} onClose={cancel} className="mapping-dialog" testId="mapping-dialog">
      <form onSubmit={submit}>
        <p>{t('importing.mapIntro')}</p>
        {preview.problem && (
          <p className="muted" dir="ltr">
            {preview.problem}
          </p>
        )}
        <div className="mapping-scroll">
          <table className="mapping-table">
            <thead>
              <tr>
                <th scope="col">{t('importing.mapColumn')}</th>
                <th scope="col">{t('importing.mapUseAs')}</th>
                <th scope="col">{t('importing.mapSamples')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.columns.map((column, i) => (
                <tr key={`${i}-${column}`} data-testid="mapping-row">
                  <th scope="row">
                    <label htmlFor={`${id}-${i}`}>
                      <bdi>{column}</bdi>
                    </label>
                  </th>
                  <td>
                    <select id={`${id}-${i}`} data-testid={`mapping-use-${column}`} value={use[i]} onChange={(e) => choose(i, e.target.value)} data-autofocus={i === 0 ? true : undefined}>
                      <option value="">{t('importing.mapIgnore')}</option>
                      {COLLECTION_FIELDS.map((f: CollectionField) => (
                        <option key={f} value={f}>
                          {t(`importing.field.${f}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="mapping-samples">
                    {preview.rows.map((row, r) => (
                      <span key={r} className="mapping-sample" dir="auto">
                        {row[i] || '—'}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {hint && (
          <p className="inline-error" role="alert">
            {t('importing.mapNeedsBody')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" data-testid="mapping-import">
            {t('importing.mapImport')}
          </button>
          <button type="button" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
