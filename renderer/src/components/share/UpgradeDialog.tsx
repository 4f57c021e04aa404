/**
 * Opening a project from an older Daftar: it is never migrated in place without consent. The
 * dialog explains and offers "Upgrade a copy" (written beside it, then opened) or Cancel. The
 * application's own message (which names the CLI's `daftar upgrade`) is not repeated here.
 */
import { useTranslation } from 'react-i18next';
import { useProject } from '../../state/context';
import { Dialog } from '../Dialog';
import { baseName, besideProject } from './paths';
import { PathText } from '../PathText';

export function UpgradeDialog() {
  const { t } = useTranslation();
  const outdated = useProject((s) => s.outdated);
  const busy = useProject((s) => s.busy);
  const upgradeCopy = useProject((s) => s.upgradeCopy);
  const dismiss = useProject((s) => s.dismissOutdated);
  if (!outdated) return null;
  const copyName = baseName(besideProject(outdated.path, (stem) => `${stem} (upgraded).sqlite`));
  return (
    <Dialog title={t('share.upgrade.title')} role="alertdialog" onClose={busy ? undefined : dismiss} testId="upgrade-dialog" className="upgrade-dialog">
      <p>{t('share.upgrade.explain')}</p>
      <p className="share-path" dir="ltr">
        <PathText path={outdated.path} />
      </p>
      <p>{t('share.upgrade.offer')}</p>
      <p className="share-path" dir="ltr" data-testid="upgrade-copy-name">
        <PathText path={copyName} />
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void upgradeCopy()} data-testid="upgrade-copy" data-autofocus>
          {t('share.upgrade.submit')}
        </button>
        <button type="button" disabled={busy} onClick={dismiss}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
