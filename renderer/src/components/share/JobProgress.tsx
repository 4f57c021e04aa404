/**
 * How far the running export or merge is (its phase and count, a bar) with a Stop button, and
 * after a stop what it means: no file written, or nothing in the project changed.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/index';
import { useShare } from '../../state/context';
import type { RunningJob } from '../../state/share-store';

const KEYS = {
  reading: 'share.job.exportReading',
  formatting: 'share.job.exportFormatting',
  writing: 'share.job.exportWriting',
  checking: 'share.job.mergeChecking',
  snapshot: 'share.job.mergeSnapshot',
  articles: 'share.job.mergeArticles',
  tags: 'share.job.mergeTags',
  quotes: 'share.job.mergeQuotes',
  notes: 'share.job.mergeNotes',
  finishing: 'share.job.mergeFinishing',
} as const;

export function JobProgress({ kind }: { kind: RunningJob['kind'] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const job = useShare((s) => s.job);
  const cancelled = useShare((s) => s.cancelled);
  const cancelJob = useShare((s) => s.cancelJob);
  const n = (value: number) => formatNumber(value, language);

  if (cancelled === kind && !job) {
    return (
      <p className="share-cancelled" role="status" data-testid="job-cancelled">
        {t(kind === 'export' ? 'share.job.exportCancelled' : 'share.job.mergeCancelled')}
      </p>
    );
  }
  if (!job || job.kind !== kind) return null;
  const { phase, done, total } = job.progress;
  const line = t(KEYS[phase], { done: n(done), total: n(total) });
  return (
    <div className="share-job" role="status" aria-live="polite" data-testid="job-progress">
      <p className="share-job-line" data-testid="job-phase">
        {job.cancelling ? t('share.job.cancelling') : line}
      </p>
      <progress className="progress-bar" max={Math.max(total, 1)} value={done} aria-label={line} />
      {job.kind === 'merge' && (
        <p className="share-job-counts" data-testid="job-counts">
          {t('share.job.merged', { articles: n(job.progress.articles), quotes: n(job.progress.quotes) })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => void cancelJob()} disabled={job.cancelling} data-testid="job-cancel">
          {t('share.job.cancel')}
        </button>
      </div>
    </div>
  );
}
