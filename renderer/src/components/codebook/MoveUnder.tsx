/**
 * The keyboard way to re-parent a theme (drag and drop's equivalent): choose the new parent
 * from a list. The theme itself and its own sub-themes are not offered (that would be a cycle).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/contract/index';
import { currentLanguage } from '../../i18n/index';
import { themeTree } from '../../state/codebook-store';
import { useCodebook } from '../../state/context';
import { subtreeIds, tagLabel } from './tag-text';
import { isolate } from '../../i18n/isolate';

export function MoveUnder({ theme, onMove, onCancel }: { theme: Tag; onMove: (parentId: string | null) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const id = useId();
  const tags = useCodebook((s) => s.tags);
  const inside = subtreeIds(tags, theme.id);
  const [parent, setParent] = useState(theme.parentId ?? '');

  return (
    <form
      className="move-under"
      data-testid="move-under"
      onSubmit={(e) => {
        e.preventDefault();
        onMove(parent || null);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={`${id}-parent`}>{t('codebook.moveUnder', { name: isolate(tagLabel(theme, language)) })}</label>
      <select id={`${id}-parent`} value={parent} autoFocus data-testid="move-under-select" onChange={(e) => setParent(e.target.value)}>
        <option value="">{t('codebook.topLevel')}</option>
        {themeTree(tags).map(({ tag, depth }) => (
          <option key={tag.id} value={tag.id} disabled={inside.has(tag.id)}>
            {'\u00a0\u00a0'.repeat(depth)}
            {tagLabel(tag, language)}
          </option>
        ))}
      </select>
      <button type="submit" className="primary" data-testid="move-under-confirm">
        {t('codebook.moveConfirm')}
      </button>
      <button type="button" className="quiet" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
