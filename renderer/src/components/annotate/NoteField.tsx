/**
 * A highlight's note: saved on blur and after a pause in typing, with a visible state. When
 * the save is refused (e.g. over the contract's 50,000 characters) the message shows and the
 * text stays in the field, so nothing typed is lost; the next edit tries again.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localiseError } from '../../i18n/localise-error';
import { fieldDir } from '../../i18n/field-dir';

const PAUSE_MS = 800;

type Status = 'saved' | 'unsaved' | 'saving' | 'failed';

interface Props {
  /** The stored note (null when none). */
  value: string | null;
  save(note: string | null): Promise<unknown>;
}

export function NoteField({ value, save }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const [status, setStatus] = useState<Status>('saved');
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ text, status, save });
  latest.current = { text, status, save };

  // An undo or another edit changed the stored note: show it, unless the analyst is typing.
  useEffect(() => {
    if (latest.current.status === 'saved') setText(value ?? '');
  }, [value]);

  const flush = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { text: now, save: write } = latest.current;
    setStatus('saving');
    try {
      await write(now.trim() ? now : null);
      // Typing during the save leaves the field unsaved; the next pause saves again.
      setStatus(latest.current.text === now ? 'saved' : 'unsaved');
      setError(null);
    } catch (e) {
      setStatus('failed');
      setError(localiseError(e, t));
    }
  };

  // Leaving the highlight (or the article) with unsaved text saves it on the way out.
  useEffect(
    () => () => {
      if (latest.current.status === 'unsaved') void flush();
    },
    [],
  );

  return (
    <div className="note-field">
      <textarea
        dir={fieldDir(text)}
        data-testid="note-input"
        aria-label={t('annotate.noteLabel')}
        placeholder={t('annotate.notePlaceholder')}
        value={text}
        rows={5}
        onChange={(e) => {
          setText(e.target.value);
          setStatus('unsaved');
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void flush(), PAUSE_MS);
        }}
        onBlur={() => {
          if (latest.current.status === 'unsaved') void flush();
        }}
      />
      <p className={`note-status note-${status}`} data-testid="note-status" role="status">
        {status === 'saving' ? t('annotate.saving') : status === 'saved' ? t('annotate.saved') : status === 'unsaved' ? t('annotate.unsaved') : null}
      </p>
      {error && (
        <p className="inline-error" role="alert" dir="auto" data-testid="note-error">
          {error}
        </p>
      )}
    </div>
  );
}
