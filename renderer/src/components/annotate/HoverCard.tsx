/**
 * The card over a highlighted segment: every highlight covering that text, with speaker,
 * themes and the first words of the note; clicking one selects it. The reader body drives it
 * through `HoverApi` (event delegation), so hovering never re-renders the article.
 */
import { forwardRef, useImperativeHandle, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index';
import { useAnnotations, useCodebook } from '../../state/context';
import { placeUnder, type Draft } from './draft';
import { tagLabel } from './tag-labels';

export interface HoverApi {
  show(mark: Element): void;
  hideSoon(): void;
}

interface Shown {
  ids: string[];
  top: number;
  left: number;
}

const HIDE_DELAY_MS = 250;

export function firstWords(text: string, words = 12): string {
  const parts = text.trim().split(/\s+/u);
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : parts.join(' ');
}

export const HoverCard = forwardRef<HoverApi, { pane: () => Element | null; hidden: boolean }>(function HoverCard({ pane, hidden }, ref) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [shown, setShown] = useState<Shown | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const highlights = useAnnotations((s) => s.highlights);
  const select = useAnnotations((s) => s.select);
  const tags = useCodebook((s) => s.tags);

  const cancel = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  useImperativeHandle(ref, () => ({
    show(mark) {
      cancel();
      const ids = (mark.getAttribute('data-ids') ?? '').split(' ').filter(Boolean);
      const at: Pick<Draft, 'top' | 'left'> = placeUnder(mark.getBoundingClientRect(), pane());
      setShown((s) => (s && s.ids.join(' ') === ids.join(' ') ? s : { ids, ...at }));
    },
    hideSoon() {
      cancel();
      timer.current = setTimeout(() => setShown(null), HIDE_DELAY_MS);
    },
  }));

  if (!shown || hidden) return null;
  const entries = shown.ids.map((id) => highlights.find((h) => h.id === id)).filter((h) => h !== undefined);
  if (!entries.length) return null;
  return (
    <div
      className="hover-card"
      data-testid="hover-card"
      role="dialog"
      aria-label={t('annotate.countHere', { count: entries.length })}
      style={{ top: shown.top, left: shown.left } as CSSProperties}
      onMouseEnter={cancel}
      onMouseLeave={() => {
        cancel();
        timer.current = setTimeout(() => setShown(null), HIDE_DELAY_MS);
      }}
    >
      {entries.length > 1 && <p className="hover-card-count muted">{t('annotate.countHere', { count: entries.length })}</p>}
      <ul>
        {/* Innermost first: it is the one under the pointer's colour. */}
        {[...entries].reverse().map((h) => {
          const speaker = h.speakerId ? tags.find((x) => x.id === h.speakerId) : null;
          return (
            <li key={h.id}>
              <button
                type="button"
                className="hover-card-entry"
                data-testid="hover-card-entry"
                onClick={() => {
                  select(h.id);
                  setShown(null);
                }}
              >
                <span className="hover-card-speaker">
                  <bdi>{speaker ? speaker.name : h.speakerId ? t('annotate.unknownTag') : t('annotate.noSpeakerShort')}</bdi>
                </span>
                <span className="an-chips">
                  {h.themeIds.map((id) => {
                    const th = tags.find((x) => x.id === id);
                    return (
                      <bdi key={id} className="an-chip" style={{ '--chip': th?.color ?? undefined } as CSSProperties}>
                        {th ? tagLabel(th, language) : t('annotate.unknownTag')}
                      </bdi>
                    );
                  })}
                </span>
                {h.note && (
                  <span className="hover-card-note muted" dir="auto">
                    {firstWords(h.note)}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
