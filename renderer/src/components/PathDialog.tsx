/**
 * Web mode has no native file picker: the analyst types the project's path. New projects
 * start from the default folder; the application adds .sqlite when no extension is given.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useProject } from '../state/context';
import { Dialog } from './Dialog';

export type PathDialogMode = 'new' | 'open';

export function PathDialog({ mode, onDone }: { mode: PathDialogMode; onDone: () => void }) {
  const { t } = useTranslation();
  const defaultFolder = useProject((s) => s.defaultFolder);
  const busy = useProject((s) => s.busy);
  const open = useProject((s) => s.open);
  const create = useProject((s) => s.create);
  const [path, setPath] = useState(() => withSeparator(defaultFolder));
  const [hint, setHint] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = path.trim();
    if (typed === '' || typed === withSeparator(defaultFolder).trim()) {
      setHint(t('start.pathNeeded'));
      return;
    }
    // On failure the error dialog opens above this one and the typed path stays for fixing.
    if (await (mode === 'new' ? create(typed) : open(typed))) onDone();
  };

  return (
    <Dialog title={t(mode === 'new' ? 'start.newTitle' : 'start.openTitle')} onClose={onDone} className="path-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{t('start.pathLabel')}</span>
          <input
            type="text"
            dir="ltr"
            spellCheck={false}
            autoComplete="off"
            data-testid="project-path-input"
            data-autofocus
            value={path}
            onChange={(e) => {
              setPath(e.target.value);
              setHint(null);
            }}
          />
        </label>
        <p className="hint">{t(mode === 'new' ? 'start.newHint' : 'start.openHint')}</p>
        {hint && (
          <p className="inline-error" role="alert">
            {hint}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" data-testid="confirm-path" disabled={busy}>
            {t(mode === 'new' ? 'start.create' : 'start.open')}
          </button>
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** "/home/analyst" → "/home/analyst/", using the folder's own separator (Windows: \). */
function withSeparator(folder: string): string {
  if (folder === '') return '';
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(separator) ? folder : folder + separator;
}
