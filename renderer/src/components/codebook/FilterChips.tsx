/** "Speaker: X ×" / "Theme: Y ×" in the library header while the codebook filter is on. */
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index';
import { useCodebook } from '../../state/context';
import { tagLabel } from './tag-text';
import { isolate } from '../../i18n/isolate';

export function FilterChips() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const filter = useCodebook((s) => s.filter);
  const tags = useCodebook((s) => s.tags);
  const setFilter = useCodebook((s) => s.setFilter);
  const chips = (
    [
      ['speakerId', 'library.filterSpeaker'],
      ['themeId', 'library.filterTheme'],
    ] as const
  ).flatMap(([field, key]) => {
    const tag = tags.find((x) => x.id === filter[field]);
    return tag ? [{ field, text: t(key, { name: isolate(tagLabel(tag, language)) }) }] : [];
  });
  if (chips.length === 0) return null;

  return (
    <div className="filter-chips" data-testid="library-filter">
      <span className="muted">{t('library.filtered')}</span>
      {chips.map(({ field, text }) => (
        <span key={field} className="chip filter-chip" data-testid={`library-filter-${field}`}>
          <bdi>{text}</bdi>
          <button
            type="button"
            className="chip-clear"
            aria-label={t('library.clearFilter', { name: text })}
            title={t('library.clearFilter', { name: isolate(text) })}
            data-testid="library-filter-clear"
            onClick={() => setFilter({ [field]: null })}
          >
            ×
          </button>
        </span>
      ))}
    </div>
  );
}
