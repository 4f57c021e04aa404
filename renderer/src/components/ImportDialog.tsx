/**
 * Import: choose files/folders and an encoding, then follow the job (progress, rate, ETA,
 * current file, Cancel) and read its report (imported, duplicates, failures with reasons).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Encoding, ImportJob } from '../../../shared/contract/index';
import { currentLanguage } from '../i18n/index';
import { formatDuration, formatNumber } from '../format/format';
import { useImport, useProject } from '../state/context';
import { isRunning } from '../state/import-store';
import { Dialog } from './Dialog';
import { localiseError } from '../i18n/localise-error';
import { isolateLtr, isolatePath } from '../i18n/isolate';
import { PathText } from './PathText';
import type { ShownError } from '../api/client';

/** A report can list thousands of files; the first ones are enough to see what went wrong. */
const REPORT_LIMIT = 500;

const ENCODINGS: [Encoding, string][] = [
  ['auto', 'import.encodingAuto'],
  ['utf-8', 'import.encodingUtf8'],
  ['windows-1256', 'import.encodingWindows1256'],
];

export function ImportDialog() {
  const { t } = useTranslation();
  const dialogOpen = useImport((s) => s.dialogOpen);
  const job = useImport((s) => s.job);
  const upload = useImport((s) => s.upload);
  const mapping = useImport((s) => s.mapping);
  const closeDialog = useImport((s) => s.closeDialog);
  // The mapping dialog takes the place of this one while it is open.
  if (!dialogOpen || mapping) return null;
  const running = isRunning(job);
  return (
    <Dialog
      title={t('import.title')}
      onClose={running || upload ? undefined : closeDialog}
      className="import-dialog"
      focusKey={upload ? 'upload' : job === null ? 'form' : job.state}
    >
      {upload ? <UploadView sent={upload.sent} total={upload.total} /> : job === null ? <ImportForm /> : running ? <ImportProgressView job={job} /> : <ImportReportView job={job} />}
    </Dialog>
  );
}

/** Web mode: the dropped files on their way to the application, before the import starts. */
function UploadView({ sent, total }: { sent: number; total: number }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  // "1.5 MB" is one left-to-right value inside the sentence.
  const size = (bytes: number) => isolateLtr(`${formatNumber(bytes / 1024 / 1024, language, 1)} MB`);
  const said = t('importing.uploading', { sent: size(sent), total: size(total) });
  return (
    <div className="import-progress" data-testid="import-upload" aria-live="polite">
      <progress className="progress-bar" max={Math.max(total, 1)} value={sent} aria-label={said} />
      <p className="progress-numbers">{said}</p>
    </div>
  );
}

/** Errors the store keeps as i18n keys of its own (said in the UI's language) or as the application's. */
function useShownError(error: ShownError | null): string | null {
  const { t } = useTranslation();
  if (!error) return null;
  return !error.reason && error.message.startsWith('importing.') ? t(error.message) : localiseError(error, t);
}

function ImportForm() {
  const { t } = useTranslation();
  const shell = useProject((s) => s.shell);
  const starting = useImport((s) => s.starting);
  const error = useImport((s) => s.error);
  const start = useImport((s) => s.start);
  const choose = useImport((s) => s.choose);
  const closeDialog = useImport((s) => s.closeDialog);
  const [text, setText] = useState('');
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [hint, setHint] = useState<string | null>(null);
  const shownError = useShownError(error);

  const paths = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

  const addChosen = async (folders: boolean) => {
    const chosen = await choose(folders);
    if (chosen.length > 0) setText((current) => [...current.split('\n').filter((l) => l.trim()), ...chosen].join('\n'));
  };

  const submit = (event: FormEvent, askMapping = false) => {
    event.preventDefault();
    if (paths.length === 0) {
      setHint(t('import.pathsNeeded'));
      return;
    }
    void start(paths, encoding, askMapping);
  };

  return (
    <form onSubmit={submit} className="import-form">
      {shell === 'electron' && (
        <div className="import-choose">
          <button type="button" onClick={() => void addChosen(false)}>
            {t('import.chooseFiles')}
          </button>
          <button type="button" onClick={() => void addChosen(true)}>
            {t('import.chooseFolder')}
          </button>
        </div>
      )}
      <label className="field">
        <span>{t('import.pathsLabel')}</span>
        <textarea
          dir="ltr"
          rows={5}
          spellCheck={false}
          data-testid="import-paths"
          data-autofocus
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setHint(null);
          }}
        />
      </label>
      <p className="hint">{t('import.pathsHint')}</p>
      <label className="field field-inline">
        <span>{t('import.encoding')}</span>
        <select data-testid="import-encoding" value={encoding} onChange={(e) => setEncoding(e.target.value as Encoding)}>
          {ENCODINGS.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      {(hint ?? shownError) && (
        <p className="inline-error" role="alert" dir="auto">
          {hint ?? shownError}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="primary" data-testid="import-start" disabled={starting}>
          {t('import.start')}
        </button>
        <button type="button" data-testid="import-map-columns" disabled={starting} onClick={(e) => submit(e, true)}>
          {t('importing.mapAsk')}
        </button>
        <button type="button" onClick={closeDialog} disabled={starting}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function ImportProgressView({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const cancelling = useImport((s) => s.cancelling);
  const error = useImport((s) => s.error);
  const cancel = useImport((s) => s.cancel);
  const p = job.progress;
  const n = (value: number) => formatNumber(value, language);
  const c = p.collection ?? null;
  // A collection is one file of many rows: its bytes measure the progress, not the file count.
  const bar = c && c.bytesTotal > 0 ? { max: c.bytesTotal, value: c.bytesDone } : p.total > 0 ? { max: p.total, value: p.done } : null;

  return (
    <div className="import-progress" data-testid="import-progress" aria-live="polite">
      <p className="progress-title">{t('import.progressTitle')}</p>
      {/* Until the files are counted there is no total: the bar then shows activity only. */}
      <progress
        className="progress-bar"
        max={bar?.max}
        value={bar?.value}
        aria-label={t('import.progress', { done: n(p.done), total: n(p.total) })}
      />
      <p className="progress-numbers">{t('import.progress', { done: n(p.done), total: n(p.total) })}</p>
      {c && (
        // The sentence is the UI's; the file name in it reads left to right (isolated).
        <p className="progress-numbers" data-testid="import-rows">
          {t('importing.rows', {
            file: isolateLtr(c.file.split(/[\\/]/).pop() ?? c.file),
            rows: n(c.rows),
            percent: n(c.bytesTotal > 0 ? Math.floor((100 * c.bytesDone) / c.bytesTotal) : 0),
          })}
        </p>
      )}
      <ul className="progress-counts">
        <li>{t('import.imported', { count: n(p.imported) })}</li>
        <li>{t('import.duplicates', { count: n(p.duplicates) })}</li>
        <li className={p.failed > 0 ? 'has-failures' : undefined}>{t('import.failed', { count: n(p.failed) })}</li>
        <li>{c ? t('importing.rowsRate', { rate: formatNumber(c.rate, language, 0) }) : t('import.rate', { rate: formatNumber(p.rate, language, 1) })}</li>
        {p.etaSeconds !== null && <li>{t('import.eta', { time: formatDuration(p.etaSeconds, language) })}</li>}
      </ul>
      {p.currentFile && (
        <p className="current-file" title={isolatePath(p.currentFile)}>
          {t('import.current')} <PathText path={p.currentFile} />
        </p>
      )}
      {cancelling && <p className="muted">{t('import.cancelling')}</p>}
      {error && (
        <p className="inline-error" role="alert" dir="auto">
          {localiseError(error, t)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" data-testid="import-cancel" disabled={cancelling} onClick={() => void cancel()} data-autofocus>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

function ImportReportView({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const openDialog = useImport((s) => s.openDialog);
  const closeDialog = useImport((s) => s.closeDialog);
  const localFailed = useImport((s) => s.localFailed);
  const given = job.report ?? { imported: [], duplicates: [], failed: [] };
  // Files the browser could not send are failures of this import too.
  const report = { ...given, failed: [...localFailed, ...given.failed] };
  const n = (value: number) => formatNumber(value, language);
  const heading =
    job.state === 'failed'
      ? t('import.reportFailed', { message: localiseError({ message: job.error ?? '', reason: job.reason, params: job.params }, t) })
      : job.state === 'cancelled'
        ? t('import.reportCancelled')
        : t('import.reportDone');

  return (
    <div className="import-report" data-testid="import-report">
      <p className={job.state === 'failed' ? 'report-heading inline-error' : 'report-heading'} role="status" dir="auto">
        {heading}
      </p>
      <ul className="progress-counts">
        <li data-testid="report-imported">{t('import.imported', { count: n(report.imported.length) })}</li>
        <li data-testid="report-duplicates">{t('import.duplicates', { count: n(report.duplicates.length) })}</li>
        <li data-testid="report-failed" className={report.failed.length > 0 ? 'has-failures' : undefined}>
          {t('import.failed', { count: n(report.failed.length) })}
        </li>
      </ul>
      {report.failed.length > 0 && (
        <section className="report-section">
          <h3>{t('import.failedTitle')}</h3>
          <ul className="report-list" data-testid="report-failures">
            {report.failed.slice(0, REPORT_LIMIT).map((f, i) => (
              <li key={i}>
                <PathText path={f.file} className="report-file" />
                <span className="report-reason" dir="auto">
                  {localiseError(f, t)}
                </span>
              </li>
            ))}
          </ul>
          <More total={report.failed.length} />
        </section>
      )}
      {report.duplicates.length > 0 && (
        <section className="report-section">
          <h3>{t('import.duplicatesTitle')}</h3>
          <ul className="report-list">
            {report.duplicates.slice(0, REPORT_LIMIT).map((d, i) => (
              <li key={i}>
                <PathText path={d.file} className="report-file" />
                <span className="report-reason">{t('import.duplicateOf', { id: isolateLtr(d.duplicateOf) })}</span>
              </li>
            ))}
          </ul>
          <More total={report.duplicates.length} />
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={closeDialog} data-autofocus>
          {t('common.close')}
        </button>
        <button type="button" onClick={openDialog}>
          {t('import.importMore')}
        </button>
      </div>
    </div>
  );
}

function More({ total }: { total: number }) {
  const { t, i18n } = useTranslation();
  if (total <= REPORT_LIMIT) return null;
  return <p className="muted">{t('import.more', { count: formatNumber(total - REPORT_LIMIT, currentLanguage(i18n)) })}</p>;
}
