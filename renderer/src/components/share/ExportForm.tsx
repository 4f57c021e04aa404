/**
 * Export quotes: format, which quotes (all, the codebook's current filter, or chosen speaker /
 * theme / source / dates), headings and sheet language, the destination; the number of rows
 * is shown before writing; an existing file is replaced only after asking; the result names
 * the file and the row count.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeaderStyle, QuoteFilters, SheetLanguage, Tag } from '../../../../shared/contract/index';
import { currentLanguage } from '../../i18n/index';
import { formatNumber } from '../../format/format';
import { tagsOfKind, themeTree } from '../../state/codebook-store';
import { useCodebook, useProject, useShare } from '../../state/context';
import type { ExportChoice } from '../../state/share-store';
import { baseName, besideProject, withExtension } from './paths';
import { PathField, ShareFormActions } from './PathField';
import { ShareStatus } from './ShareStatus';
import { isolate } from '../../i18n/isolate';
import { PathText } from '../PathText';

const FORMATS: ExportChoice[] = ['csv', 'xlsx', 'qdpx', 'qdc', 'jsonld', 'html'];
const EXTENSION: Record<ExportChoice, string> = { csv: 'csv', xlsx: 'xlsx', qdpx: 'qdpx', qdc: 'qdc', jsonld: 'jsonld', html: 'html', pdf: 'pdf' };
/** The formats' own names, the same in every language (shown left to right, isolated). */
const NAME: Record<ExportChoice, string> = { csv: 'CSV', xlsx: 'XLSX', qdpx: 'REFI-QDA .qdpx', qdc: 'REFI-QDA .qdc', jsonld: 'JSON-LD', html: 'HTML', pdf: 'PDF' };

type Scope = 'all' | 'current' | 'custom';

export function ExportForm() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const project = useProject((s) => s.project)!;
  const shell = useProject((s) => s.shell);
  const tags = useCodebook((s) => s.tags);
  const filter = useCodebook((s) => s.filter);
  const busy = useShare((s) => s.busy);
  const count = useShare((s) => s.count);
  const exported = useShare((s) => s.exported);
  const countRows = useShare((s) => s.countRows);
  const exportQuotes = useShare((s) => s.exportQuotes);
  const choosePath = useShare((s) => s.choosePath);
  const closeDialog = useShare((s) => s.closeDialog);

  const formats = shell === 'electron' ? [...FORMATS, 'pdf' as const] : FORMATS;
  const nameOf = (id: string | null) => (id ? (tags.find((x) => x.id === id)?.name ?? '') : '');
  const hasFilter = Boolean(filter.speakerId || filter.themeId);
  const [format, setFormat] = useState<ExportChoice>('csv');
  const [scope, setScope] = useState<Scope>(hasFilter ? 'current' : 'all');
  const [custom, setCustom] = useState<QuoteFilters>({});
  const [lang, setLang] = useState<SheetLanguage>(language);
  const [header, setHeader] = useState<HeaderStyle>('labels');
  const [path, setPath] = useState(() => besideProject(project.path, (stem) => `${stem} quotes.csv`));

  const speakerName = nameOf(filter.speakerId);
  const themeName = nameOf(filter.themeId);
  const filters = useMemo<QuoteFilters>(() => {
    if (scope === 'all') return {};
    if (scope === 'current') return clean({ speaker: speakerName, theme: themeName });
    return clean(custom);
  }, [scope, custom, speakerName, themeName]);

  useEffect(() => {
    void countRows(format, filters);
  }, [countRows, format, filters]);

  const pickFormat = (next: ExportChoice) => {
    setFormat(next);
    setPath((p) => withExtension(p, EXTENSION[next]));
  };

  const submit = (event: FormEvent, overwrite = false) => {
    event.preventDefault();
    void exportQuotes({ format, path: path.trim(), filters, lang, header }, overwrite);
  };

  const choose = async () => {
    const chosen = await choosePath('export', format, baseName(path));
    if (chosen) setPath(chosen);
  };

  const currentLabel = [speakerName, themeName].filter(Boolean).map(isolate).join(language === 'ar' ? '، ' : ', ');
  const sheet = format === 'csv' || format === 'xlsx';

  if (exported) {
    return (
      <div className="share-result" role="status" data-testid="export-result">
        <p dir="auto">
          {t(format === 'qdc' ? 'share.export.resultCodes' : 'share.export.result', { count: formatNumber(exported.rows, language) })}
        </p>
        <p className="share-path" dir="ltr">
          <PathText path={exported.path} />
        </p>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={closeDialog} data-autofocus>
            {t('share.done')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={submit} className="share-form" aria-busy={busy}>
      <fieldset className="share-formats">
        <legend>{t('share.export.format')}</legend>
        {formats.map((f) => (
          <label key={f} className="choice">
            <input type="radio" name="format" value={f} checked={format === f} onChange={() => pickFormat(f)} data-testid={`export-format-${f}`} />
            <span>
              <bdi dir="ltr" className="format-name">
                {NAME[f]}
              </bdi>
              <span className="format-use">{t(`share.export.${f}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {format !== 'qdc' && (
        <fieldset>
          <legend>{t('share.export.which')}</legend>
          <label className="choice">
            <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} data-testid="export-scope-all" />
            <span>{t('share.export.all')}</span>
          </label>
          <label className="choice">
            <input type="radio" name="scope" checked={scope === 'current'} disabled={!hasFilter} onChange={() => setScope('current')} />
            <span>{hasFilter ? t('share.export.current', { filter: currentLabel }) : t('share.export.currentNone')}</span>
          </label>
          <label className="choice">
            <input type="radio" name="scope" checked={scope === 'custom'} onChange={() => setScope('custom')} data-testid="export-scope-custom" />
            <span>{t('share.export.custom')}</span>
          </label>
          {scope === 'custom' && <CustomFilters value={custom} onChange={setCustom} tags={tags} />}
        </fieldset>
      )}

      <div className="share-row">
        <label className="field">
          <span>{t('share.export.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as SheetLanguage)} data-testid="export-lang">
            <option value="ar">{t('share.export.arabic')}</option>
            <option value="en">{t('share.export.english')}</option>
          </select>
        </label>
        {sheet && (
          <label className="field">
            <span>{t('share.export.header')}</span>
            <select value={header} onChange={(e) => setHeader(e.target.value as HeaderStyle)} data-testid="export-header">
              <option value="labels">{t('share.export.headerLabels')}</option>
              <option value="machine">{t('share.export.headerMachine')}</option>
            </select>
          </label>
        )}
      </div>

      <PathField value={path} onChange={setPath} onChoose={() => void choose()} testId="export-path" disabled={busy} />

      <p className="share-count" aria-live="polite" data-testid="export-count">
        {count === null
          ? t('share.export.counting')
          : t(format === 'qdc' ? 'share.export.countCodes' : 'share.export.count', { count: formatNumber(count, language) })}
      </p>

      <ShareStatus job="export" busyText={t('share.export.exporting')} onReplace={() => void exportQuotes({ format, path: path.trim(), filters, lang, header }, true)} />

      <ShareFormActions submitLabel={t('share.export.submit')} submitTestId="export-submit" busy={busy} path={path} onCancel={closeDialog} />
    </form>
  );
}

function CustomFilters({ value, onChange, tags }: { value: QuoteFilters; onChange: (v: QuoteFilters) => void; tags: Tag[] }) {
  const { t } = useTranslation();
  const set = (patch: Partial<QuoteFilters>) => onChange({ ...value, ...patch });
  const speakers = tagsOfKind(tags, 'speaker');
  const themes = themeTree(tags);
  return (
    <div className="share-filters">
      <label className="field">
        <span>{t('share.export.speaker')}</span>
        <select value={value.speaker ?? ''} onChange={(e) => set({ speaker: e.target.value || undefined })} data-testid="export-speaker">
          <option value="">{t('share.export.any')}</option>
          {speakers.map((s) => (
            <option key={s.id} value={s.name}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('share.export.theme')}</span>
        <select value={value.theme ?? ''} onChange={(e) => set({ theme: e.target.value || undefined })} data-testid="export-theme">
          <option value="">{t('share.export.any')}</option>
          {themes.map(({ tag, depth }) => (
            <option key={tag.id} value={tag.name}>
              {`${'  '.repeat(depth)}${tag.name}`}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('share.export.source')}</span>
        <input type="text" dir="auto" value={value.source ?? ''} onChange={(e) => set({ source: e.target.value || undefined })} data-testid="export-source" />
      </label>
      <label className="field">
        <span>{t('share.export.from')}</span>
        <input type="date" value={value.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} data-testid="export-from" />
      </label>
      <label className="field">
        <span>{t('share.export.to')}</span>
        <input type="date" value={value.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} data-testid="export-to" />
      </label>
    </div>
  );
}

/** Only the filters that narrow: empty fields are left out. */
function clean(filters: QuoteFilters): QuoteFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as QuoteFilters;
}
