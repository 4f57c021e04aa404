/** The open share dialog (export, copy or merge), modal; it cannot be closed while work runs. */
import { useTranslation } from 'react-i18next';
import { useShare } from '../../state/context';
import { Dialog } from '../Dialog';
import { ExportForm } from './ExportForm';
import { MergeForm } from './MergeForm';
import { SaveCopyForm } from './SaveCopyForm';

export function ShareDialogs() {
  const { t } = useTranslation();
  const dialog = useShare((s) => s.dialog);
  const busy = useShare((s) => s.busy);
  // Focus moves when the dialog shows another step: the result, or the replace question.
  const step = useShare((s) => (s.exported || s.copied || s.report ? 'result' : s.existing ? 'replace' : 'form'));
  const closeDialog = useShare((s) => s.closeDialog);
  if (!dialog) return null;
  return (
    <Dialog
      title={t(`share.${dialog}.title`)}
      onClose={busy ? undefined : closeDialog}
      className={`share-dialog share-${dialog}`}
      testId={`share-dialog-${dialog}`}
      focusKey={step}
    >
      {dialog === 'export' ? <ExportForm /> : dialog === 'copy' ? <SaveCopyForm /> : <MergeForm />}
    </Dialog>
  );
}
