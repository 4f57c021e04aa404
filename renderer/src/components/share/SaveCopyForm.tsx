/** Save a copy for sharing: one compact file (the application writes it with VACUUM INTO). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useProject, useShare } from '../../state/context';
import { baseName, besideProject } from './paths';
import { PathField, ShareFormActions } from './PathField';
import { ShareStatus } from './ShareStatus';
import { PathText } from '../PathText';

export function SaveCopyForm() {
  const { t } = useTranslation();
  const project = useProject((s) => s.project)!;
  const busy = useShare((s) => s.busy);
  const copied = useShare((s) => s.copied);
  const saveCopy = useShare((s) => s.saveCopy);
  const choosePath = useShare((s) => s.choosePath);
  const closeDialog = useShare((s) => s.closeDialog);
  const [path, setPath] = useState(() => besideProject(project.path, (stem) => `${stem} (copy).sqlite`));

  if (copied) {
    return (
      <div className="share-result" role="status" data-testid="copy-result">
        <p>{t('share.copy.result')}</p>
        <p className="share-path" dir="ltr">
          <PathText path={copied} />
        </p>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={closeDialog} data-autofocus>
            {t('share.done')}
          </button>
        </div>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void saveCopy(path.trim());
  };
  const choose = async () => {
    const chosen = await choosePath('copy', undefined, baseName(path));
    if (chosen) setPath(chosen);
  };
  return (
    <form onSubmit={submit} className="share-form" aria-busy={busy}>
      <p className="hint">{t('share.copy.hint')}</p>
      <PathField value={path} onChange={setPath} onChoose={() => void choose()} testId="copy-path" disabled={busy} />
      <ShareStatus busyText={t('share.copy.saving')} onReplace={() => void saveCopy(path.trim(), true)} />
      <ShareFormActions submitLabel={t('share.copy.submit')} submitTestId="copy-submit" busy={busy} path={path} onCancel={closeDialog} />
    </form>
  );
}
