/** Merge a colleague's project: the path (typed or chosen), then the report (MergeReportView). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useProject, useShare } from '../../state/context';
import { splitPath } from './paths';
import { PathField, ShareFormActions } from './PathField';
import { ShareStatus } from './ShareStatus';
import { MergeReportView } from './MergeReportView';

export function MergeForm() {
  const { t } = useTranslation();
  const project = useProject((s) => s.project)!;
  const busy = useShare((s) => s.busy);
  const report = useShare((s) => s.report);
  const merge = useShare((s) => s.merge);
  const choosePath = useShare((s) => s.choosePath);
  const closeDialog = useShare((s) => s.closeDialog);
  const [path, setPath] = useState(() => {
    const { dir, sep } = splitPath(project.path);
    return dir ? `${dir}${sep}` : '';
  });

  if (report) return <MergeReportView report={report} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void merge(path.trim());
  };
  const choose = async () => {
    const chosen = await choosePath('merge');
    if (chosen) setPath(chosen);
  };
  return (
    <form onSubmit={submit} className="share-form" aria-busy={busy}>
      <p className="hint">{t('share.merge.hint')}</p>
      <PathField value={path} onChange={setPath} onChoose={() => void choose()} testId="merge-path" disabled={busy} />
      <ShareStatus job="merge" busyText={t('share.merge.merging')} onReplace={() => {}} />
      <ShareFormActions submitLabel={t('share.merge.submit')} submitTestId="merge-submit" busy={busy} path={path} onCancel={closeDialog} />
    </form>
  );
}
