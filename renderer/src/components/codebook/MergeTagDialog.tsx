/**
 * "Merge X into Y": pick the speaker (or theme) that stays. X's name and aliases become Y's
 * aliases and X's quotes move to Y (a theme's sub-themes too). The change is undoable.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/contract/index';
import { localiseError } from '../../i18n/localise-error';
import { currentLanguage } from '../../i18n/index';
import { formatNumber } from '../../format/format';
import { themeTree } from '../../state/codebook-store';
import { useCodebook } from '../../state/context';
import { Dialog } from '../Dialog';
import { subtreeIds, tagLabel } from './tag-text';
import { isolate } from '../../i18n/isolate';

export function MergeTagDialog({ tag, onClose, onMerged }: { tag: Tag; onClose: () => void; onMerged: (target: Tag) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const id = useId();
  const tags = useCodebook((s) => s.tags);
  const merge = useCodebook((s) => s.merge);
  const speaker = tag.kind === 'speaker';
  // A theme cannot be merged into its own sub-themes (the application refuses it too).
  const inside = speaker ? new Set([tag.id]) : subtreeIds(tags, tag.id);
  const targets = (speaker ? tags.filter((x) => x.kind === 'speaker').map((x) => ({ tag: x, depth: 0 })) : themeTree(tags)).filter(
    ({ tag: x }) => !inside.has(x.id),
  );
  const [targetId, setTargetId] = useState(targets[0]?.tag.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      onMerged(await merge(tag.id, targetId));
    } catch (e) {
      setError(localiseError(e, t));
      setBusy(false);
    }
  };

  return (
    <Dialog testId="merge-tag-dialog" title={t('codebook.mergeTitle', { name: isolate(tagLabel(tag, language)) })} onClose={onClose}>
      {targets.length === 0 ? (
        <p>{t('codebook.mergeNone')}</p>
      ) : (
        <>
          <label className="field" htmlFor={`${id}-target`}>
            {t('codebook.mergeInto')}
          </label>
          <select id={`${id}-target`} value={targetId} data-testid="merge-target" data-autofocus onChange={(e) => setTargetId(e.target.value)}>
            {targets.map(({ tag: x, depth }) => (
              <option key={x.id} value={x.id}>
                {'\u00a0\u00a0'.repeat(depth)}
                {tagLabel(x, language)}
              </option>
            ))}
          </select>
          <p className="hint">
            {t(speaker ? 'codebook.mergeSpeakerBody' : 'codebook.mergeThemeBody', { count: formatNumber(tag.count, language) })}
          </p>
        </>
      )}
      {error && (
        <p className="inline-error" role="alert" dir="auto">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || targets.length === 0}
          data-testid="merge-tag-confirm"
          onClick={() => void confirm()}
        >
          {t('codebook.mergeConfirm')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
