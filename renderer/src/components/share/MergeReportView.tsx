/**
 * The merge report, readably: counts, quotes not merged with the reason, conflicts side by
 * side (ours / theirs / who wrote theirs / what the project holds now), what a .qdpx could not
 * bring, the snapshot, and Undo merge (asked once, since it also undoes anything done after).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeReport } from '../../../../shared/contract/index';
import { currentLanguage } from '../../i18n/index';
import { formatNumber } from '../../format/format';
import { useShare } from '../../state/context';
import { localiseError } from '../../i18n/localise-error';
import { PathText } from '../PathText';

export function MergeReportView({ report }: { report: MergeReport }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, currentLanguage(i18n));
  const busy = useShare((s) => s.busy);
  const undone = useShare((s) => s.undone);
  const error = useShare((s) => s.error);
  const undoMerge = useShare((s) => s.undoMerge);
  const closeDialog = useShare((s) => s.closeDialog);
  const [confirming, setConfirming] = useState(false);
  const rows: [string, number, number][] = [
    [t('share.merge.articles'), report.articles.added, report.articles.matched],
    [t('share.merge.tags'), report.tags.added, report.tags.matched],
    [t('share.merge.quotes'), report.highlights.added, report.highlights.matched],
    [t('share.merge.notes'), report.notes.added, 0],
  ];
  const { skipped } = report.highlights;
  const { conflicts } = report.notes;
  const notImported = report.notImported ?? [];

  return (
    <div className="merge-report" data-testid="merge-report">
      <h3>{t('share.merge.report')}</h3>
      <p className="share-path" dir="ltr">
        <PathText path={report.other} />
      </p>
      <table className="merge-counts">
        <thead>
          <tr>
            <th scope="col">{t('share.merge.what')}</th>
            <th scope="col">{t('share.merge.added')}</th>
            <th scope="col">{t('share.merge.matched')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, added, matched], i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td data-testid={`merge-added-${i}`}>{n(added)}</td>
              <td>{i === 3 ? t('common.none') : n(matched)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {skipped.length > 0 && (
        <section>
          <h4>{t('share.merge.skipped', { count: skipped.length })}</h4>
          <ul className="merge-list">
            {skipped.map((s) => (
              <li key={s.id}>
                <q dir="auto">{s.quote}</q> — <span dir="auto">{s.why ? localiseError({ message: s.reason, ...s.why }, t) : s.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h4>{t('share.merge.conflicts', { count: conflicts.length })}</h4>
        {conflicts.length === 0 ? (
          <p className="muted">{t('share.merge.noConflicts')}</p>
        ) : (
          <div className="merge-conflicts-scroll">
            <table className="merge-conflicts" data-testid="merge-conflicts">
              <thead>
                <tr>
                  <th scope="col">{t('share.merge.kind')}</th>
                  <th scope="col">{t('share.merge.quote')}</th>
                  <th scope="col">{t('share.merge.ours')}</th>
                  <th scope="col">{t('share.merge.theirs')}</th>
                  <th scope="col">{t('share.merge.theirAuthor')}</th>
                  <th scope="col">{t('share.merge.resolution')}</th>
                </tr>
              </thead>
              <tbody>
                {conflicts.map((c, i) => (
                  <tr key={`${c.highlightId ?? c.articleId}-${c.kind}-${i}`}>
                    <td>{t(c.kind === 'note' ? 'share.merge.kindNote' : 'share.merge.kindSpeaker')}</td>
                    <td>
                      <span dir="auto">{c.quote ?? t('common.none')}</span>
                    </td>
                    <td>
                      <span dir="auto">{c.ours}</span>
                    </td>
                    <td>
                      <span dir="auto">{c.theirs}</span>
                    </td>
                    <td>
                      <span dir="auto">{c.theirAuthor}</span>
                    </td>
                    <td className="pre">
                      <span dir="auto">{c.resolution}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {notImported.length > 0 && (
        <section>
          <h4>{t('share.merge.notImported', { count: notImported.length })}</h4>
          <ul className="merge-list">
            {notImported.map((s, i) => (
              <li key={i} dir="auto">
                {s}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="merge-undo">
        <p>{t('share.merge.snapshot')}</p>
        <p className="share-path" dir="ltr" data-testid="merge-snapshot">
          <PathText path={report.snapshot} />
        </p>
        {undone ? (
          <p role="status" className="share-done" data-testid="merge-undone">
            {t('share.merge.undone')}
          </p>
        ) : (
          <p className="hint">{t('share.merge.undoHint')}</p>
        )}
        {busy && (
          <p className="share-busy" role="status">
            <span className="spinner" aria-hidden="true" /> {t('share.merge.undoing')}
          </p>
        )}
        {error && (
          <p className="inline-error" role="alert" dir="auto">
            {localiseError(error, t)}
          </p>
        )}
        {confirming && !undone && (
          <div className="share-replace" role="alert">
            <p>{t('share.merge.undoConfirm')}</p>
            <div className="dialog-actions">
              <button
                type="button"
                className="danger"
                disabled={busy}
                data-testid="merge-undo-confirm"
                onClick={() => void undoMerge().then(() => setConfirming(false))}
              >
                {t('share.merge.undo')}
              </button>
              <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        )}
      </section>

      <div className="dialog-actions">
        <button type="button" className="primary" onClick={closeDialog} disabled={busy} data-autofocus>
          {t('share.done')}
        </button>
        {!undone && !confirming && (
          <button type="button" onClick={() => setConfirming(true)} disabled={busy} data-testid="merge-undo">
            {t('share.merge.undo')}
          </button>
        )}
      </div>
    </div>
  );
}
