/**
 * The inspector's view of the selected highlight: the quote, a warning when its anchor no
 * longer matches the text, speaker, themes, note, who made and changed it, and Delete (which
 * is undoable like everything else).
 */
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReaderHighlight } from '../../../../shared/contract/index';
import { formatDateTime, formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/index';
import { useAnnotations, useCodebook } from '../../state/context';
import { NoteField } from './NoteField';
import { SpeakerPick, ThemePick } from './pickers';
import { tagLabel, toggle } from './tag-labels';
import { localiseError } from '../../i18n/localise-error';
import { isolate } from '../../i18n/isolate';

export function HighlightEditor({ highlight: h }: { highlight: ReaderHighlight }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const tags = useCodebook((s) => s.tags);
  const update = useAnnotations((s) => s.update);
  const remove = useAnnotations((s) => s.remove);
  const [picking, setPicking] = useState<'speaker' | 'theme' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const speaker = h.speakerId ? tags.find((x) => x.id === h.speakerId) : null;

  const change = (patch: Parameters<typeof update>[1]) =>
    update(h.id, patch).then(
      () => setMessage(null),
      (e: unknown) => setMessage(localiseError(e, t)),
    );

  return (
    <section className="highlight-editor" data-testid="highlight-editor" aria-label={t('annotate.quote')}>
      <h3 className="section-title">{t('annotate.quote')}</h3>
      <blockquote className="editor-quote" dir="auto" data-testid="editor-quote">
        {h.exact}
      </blockquote>
      {h.anchor !== 'ok' && (
        <p className="anchor-warning" role="alert" data-testid="anchor-warning">
          {h.anchor === 'moved' && h.candidate
            ? t('annotate.moved', { start: formatNumber(h.candidate.start, language), end: formatNumber(h.candidate.end, language) })
            : t('annotate.missing')}
        </p>
      )}

      <h3 className="section-title">{t('annotate.speakerLabel')}</h3>
      <div className="editor-row">
        <bdi className="editor-speaker" data-testid="editor-speaker">
          {speaker ? speaker.name : h.speakerId ? t('annotate.unknownTag') : t('common.none')}
        </bdi>
        <button type="button" className="link-button" data-testid="editor-choose-speaker" onClick={() => setPicking(picking === 'speaker' ? null : 'speaker')}>
          {h.speakerId ? t('annotate.changeSpeaker') : t('annotate.chooseSpeaker')}
        </button>
        {h.speakerId && (
          <button type="button" className="link-button" data-testid="editor-clear-speaker" onClick={() => void change({ speakerId: null })}>
            {t('annotate.clearSpeaker')}
          </button>
        )}
      </div>
      {picking === 'speaker' && (
        <SpeakerPick
          currentId={h.speakerId}
          onClose={() => setPicking(null)}
          onError={setMessage}
          onPick={(speakerId) => void change({ speakerId })}
        />
      )}

      <h3 className="section-title">{t('annotate.themesLabel')}</h3>
      <div className="an-chips editor-themes" data-testid="editor-themes">
        {h.themeIds.map((id) => {
          const th = tags.find((x) => x.id === id);
          const name = th ? tagLabel(th, language) : t('annotate.unknownTag');
          return (
            <span key={id} className="an-chip" style={{ '--chip': th?.color ?? undefined } as CSSProperties}>
              <bdi>{name}</bdi>
              <button
                type="button"
                className="an-chip-remove"
                aria-label={t('annotate.removeTheme', { name })}
                onClick={() => void change({ themeIds: h.themeIds.filter((x) => x !== id) })}
              >
                ×
              </button>
            </span>
          );
        })}
        <button type="button" className="link-button" data-testid="editor-add-theme" onClick={() => setPicking(picking === 'theme' ? null : 'theme')}>
          {t('annotate.addTheme')}
        </button>
      </div>
      {picking === 'theme' && (
        <ThemePick checked={h.themeIds} onClose={() => setPicking(null)} onToggle={(id) => void change({ themeIds: toggle(h.themeIds, id) })} />
      )}

      <h3 className="section-title">{t('annotate.noteLabel')}</h3>
      <NoteField key={h.id} value={h.note} save={(note) => update(h.id, { note })} />

      {message && (
        <p className="inline-error" role="alert" dir="auto">
          {message}
        </p>
      )}
      <p className="editor-provenance muted">
        {t('annotate.created', { who: isolate(h.createdBy), when: formatDateTime(h.createdAt, language) })}
        {h.updatedAt !== h.createdAt && (
          <>
            <br />
            {t('annotate.updated', { who: isolate(h.updatedBy), when: formatDateTime(h.updatedAt, language) })}
          </>
        )}
      </p>
      <button
        type="button"
        className="danger"
        data-testid="editor-delete"
        onClick={() => remove(h.id).catch((e: unknown) => setMessage(localiseError(e, t)))}
      >
        {t('annotate.delete')}
      </button>
    </section>
  );
}
