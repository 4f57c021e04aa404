/**
 * The small toolbar under a selection. Its first action creates the highlight; later actions
 * (another theme, a speaker, a note) change that same highlight, so "select, S, Enter" makes
 * a quote of a speaker and "select, 1, 2" codes it with two themes. Keys while it is open
 * (outside text fields): H or Enter highlight, S speaker, T themes, 1–9 the first nine themes,
 * N note, Escape closes. Actions run one after another (a queue), so fast keys never race.
 */
import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReaderHighlight } from '../../../../shared/contract/index';
import { currentLanguage } from '../../i18n/index';
import { useAnnotations, useCodebook, useStores } from '../../state/context';
import type { HighlightPatch } from '../../state/annotations-store';
import type { Draft } from './draft';
import { isTextEntry, shortcutOf } from './keys';
import { SpeakerPick, ThemePick } from './pickers';
import { numberedThemes, tagLabel, toggle } from './tag-labels';
import { fieldDir } from '../../i18n/field-dir';

type Mode = 'speaker' | 'theme' | 'note' | null;

interface Props {
  draft: Draft;
  /**
   * The selection as it is at this moment. `draft` follows selectionchange, which the browser
   * delivers as a later task: a key pressed right after Shift+Arrow would otherwise mark the
   * selection as it was one step before.
   */
  liveDraft(): Draft | null;
  onClose(): void;
}

export function SelectionToolbar({ draft, liveDraft, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const stores = useStores();
  const tags = useCodebook((s) => s.tags);
  const [mode, setMode] = useState<Mode>(null);
  const [targetId, setTargetId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const target = useAnnotations((s) => (targetId ? (s.highlights.find((h) => h.id === targetId) ?? null) : null));
  const targetRef = useRef<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const root = useRef<HTMLDivElement>(null);

  /** Create the highlight with `make(null)`, or change it with `make(current)`. Resolves true on success. */
  const run = useCallback(
    (make: (current: ReaderHighlight | null) => HighlightPatch): Promise<boolean> => {
      const next = queue.current.then(async () => {
        const annotations = stores.annotations.getState();
        const id = targetRef.current;
        const current = id ? (annotations.highlights.find((h) => h.id === id) ?? null) : null;
        try {
          if (current) await annotations.update(current.id, make(current));
          else if (!id) {
            // The new mark replaces the selected text nodes at once; drop the browser's
            // selection first so it does not linger over stale nodes.
            const live = liveDraft();
            const at = live && !live.blank ? live : draft;
            document.getSelection()?.removeAllRanges();
            const created = await annotations.create({ start: at.start, end: at.end, ...make(null) }, { exact: at.exact });
            targetRef.current = created.id;
            setTargetId(created.id);
          }
          setMessage(null);
          return true;
        } catch {
          return false; // the store shows the message; the toolbar keeps what was typed
        }
      });
      queue.current = next;
      return next;
    },
    [stores, draft, liveDraft],
  );

  const toggleTheme = useCallback((themeId: string) => void run((h) => ({ themeIds: toggle(h?.themeIds ?? [], themeId) })), [run]);

  const saveNote = useCallback(async () => {
    const ok = await run(() => ({ note: note.trim() ? note : null }));
    if (ok) setMode(null);
  }, [run, note]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTextEntry(e.target) || mode !== null) return;
      const key = shortcutOf(e);
      if (!key) return;
      if (key === 'Escape') {
        e.preventDefault();
        onClose();
        return;
      }
      if (draft.blank) {
        if (['h', 's', 't', 'n', 'Enter'].includes(key) || /^[1-9]$/.test(key)) setMessage(t('annotate.hintWhitespace'));
        return;
      }
      if (key === 'h' || key === 'Enter') {
        e.preventDefault();
        if (targetRef.current) onClose();
        else void run(() => ({}));
      } else if (key === 's' || key === 't' || key === 'n') {
        e.preventDefault();
        setMode(key === 's' ? 'speaker' : key === 't' ? 'theme' : 'note');
      } else if (/^[1-9]$/.test(key)) {
        const theme = numberedThemes(stores.codebook.getState().tags)[Number(key) - 1];
        if (theme) {
          e.preventDefault();
          toggleTheme(theme.id);
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [mode, draft.blank, onClose, run, toggleTheme, stores, t]);

  const backToToolbar = () => {
    setMode(null);
    root.current?.focus();
  };

  const speaker = target?.speakerId ? tags.find((x) => x.id === target.speakerId) : null;
  const themes = (target?.themeIds ?? []).map((id) => tags.find((x) => x.id === id)).filter((x) => x !== undefined);

  return (
    <div
      ref={root}
      className="selection-toolbar"
      data-testid="selection-toolbar"
      role="toolbar"
      aria-label={t('annotate.toolbarLabel')}
      tabIndex={-1}
      style={{ top: draft.top, left: draft.left } as CSSProperties}
      // Buttons must not take the text selection away while it is being marked.
      onMouseDown={(e) => {
        if (!isTextEntry(e.target)) e.preventDefault();
      }}
    >
      {draft.blank ? (
        <p className="toolbar-hint" role="status">
          {t('annotate.hintWhitespace')}
        </p>
      ) : (
        <>
          <div className="toolbar-buttons">
            <button type="button" data-testid="toolbar-highlight" disabled={targetId !== null} onClick={() => void run(() => ({}))}>
              {t('annotate.highlight')} <kbd>H</kbd>
            </button>
            <button type="button" data-testid="toolbar-speaker" aria-pressed={mode === 'speaker'} onClick={() => setMode(mode === 'speaker' ? null : 'speaker')}>
              {t('annotate.speaker')} <kbd>S</kbd>
            </button>
            <button type="button" data-testid="toolbar-themes" aria-pressed={mode === 'theme'} onClick={() => setMode(mode === 'theme' ? null : 'theme')}>
              {t('annotate.themes')} <kbd>T</kbd>
            </button>
            <button type="button" data-testid="toolbar-note" aria-pressed={mode === 'note'} onClick={() => setMode(mode === 'note' ? null : 'note')}>
              {t('annotate.note')} <kbd>N</kbd>
            </button>
          </div>
          {(speaker || themes.length > 0) && (
            <div className="toolbar-applied">
              {speaker && <bdi className="an-chip an-speaker-chip">{speaker.name}</bdi>}
              {themes.map((th) => (
                <bdi key={th.id} className="an-chip" style={{ '--chip': th.color ?? undefined } as CSSProperties}>
                  {tagLabel(th, language)}
                </bdi>
              ))}
            </div>
          )}
          {draft.clipped && <p className="toolbar-hint">{t('annotate.clipped')}</p>}
          <p className="toolbar-hint muted">{t('annotate.shortcuts')}</p>
        </>
      )}
      {message && (
        <p className="inline-error" role="alert">
          {message}
        </p>
      )}
      {mode === 'speaker' && (
        <SpeakerPick
          currentId={target?.speakerId ?? null}
          onClose={backToToolbar}
          onError={setMessage}
          onPick={(speakerId) => {
            void run(() => ({ speakerId }));
            backToToolbar();
          }}
        />
      )}
      {mode === 'theme' && <ThemePick checked={target?.themeIds ?? []} onToggle={toggleTheme} onClose={backToToolbar} />}
      {mode === 'note' && (
        <div className="toolbar-note">
          <textarea
            autoFocus
            dir={fieldDir(note)}
            data-testid="toolbar-note-input"
            aria-label={t('annotate.noteLabel')}
            placeholder={t('annotate.notePlaceholder')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void saveNote();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                void saveNote().then(() => root.current?.focus());
              }
            }}
          />
          <button type="button" className="primary" data-testid="toolbar-note-save" onClick={() => void saveNote()}>
            {t('annotate.saveNote')}
          </button>
        </div>
      )}
    </div>
  );
}
