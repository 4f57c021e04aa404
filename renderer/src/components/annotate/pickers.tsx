/** The speaker and theme quick-picks, over the codebook store. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localiseError } from '../../i18n/localise-error';
import { currentLanguage } from '../../i18n/index';
import { useCodebook } from '../../state/context';
import { QuickPick, type PickItem } from './QuickPick';
import { speakerItems, themeItems } from './tag-labels';
import { isolate } from '../../i18n/isolate';

const CREATE = '\u0000create';
const CLEAR = '\u0000clear';

interface SpeakerPickProps {
  currentId: string | null;
  /** null clears the speaker. */
  onPick(speakerId: string | null): void;
  onClose(): void;
  onError(message: string): void;
}

export function SpeakerPick({ currentId, onPick, onClose, onError }: SpeakerPickProps) {
  const { t } = useTranslation();
  const tags = useCodebook((s) => s.tags);
  const create = useCodebook((s) => s.create);
  const items = useMemo(() => speakerItems(tags), [tags]);
  const extra = useCallback(
    (query: string): PickItem[] => {
      const name = query.trim();
      const out: PickItem[] = [];
      // Offer a new speaker unless the typed name is exactly an existing one.
      if (name && !items.some((i) => i.label === name)) out.push({ id: CREATE, label: t('annotate.createSpeaker', { name: isolate(name) }) });
      if (currentId) out.push({ id: CLEAR, label: t('annotate.noSpeaker') });
      return out;
    },
    [items, currentId, t],
  );
  return (
    <QuickPick
      label={t('annotate.speakerSearch')}
      testId="speaker-pick"
      items={items}
      extra={extra}
      emptyText={t('annotate.noMatches')}
      onClose={onClose}
      onPick={(item, query) => {
        if (item.id === CLEAR) onPick(null);
        else if (item.id !== CREATE) onPick(item.id);
        else
          create({ kind: 'speaker', name: query.trim() }).then(
            (tag) => onPick(tag.id),
            (error: unknown) => onError(localiseError(error, t)),
          );
      }}
    />
  );
}

interface ThemePickProps {
  checked: string[];
  onToggle(themeId: string): void;
  onClose(): void;
}

export function ThemePick({ checked, onToggle, onClose }: ThemePickProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const tags = useCodebook((s) => s.tags);
  const items = useMemo(() => themeItems(tags, language, checked), [tags, language, checked]);
  return (
    <QuickPick
      label={t('annotate.themeSearch')}
      testId="theme-pick"
      items={items}
      multi
      emptyText={items.length ? t('annotate.noMatches') : t('annotate.noThemes')}
      onClose={onClose}
      onPick={(item) => onToggle(item.id)}
    />
  );
}
