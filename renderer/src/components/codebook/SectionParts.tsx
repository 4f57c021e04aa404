/**
 * The parts the speaker list and the theme tree share: the heading with its count and "add"
 * button, the find field, the count badge of a tag, a form's footer, and the merge/delete
 * dialogs that report back in the section's status line.
 */
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/contract/index';
import { formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/index';
import { DeleteTagDialog } from './DeleteTagDialog';
import { FieldMessage } from './FieldMessage';
import { MergeTagDialog } from './MergeTagDialog';
import { isolate } from '../../i18n/isolate';
import type { FieldError } from './validate';
import { fieldDir } from '../../i18n/field-dir';

export function SectionHeader(props: {
  headingId: string;
  title: string;
  count: number;
  addLabel: string;
  adding: boolean;
  onToggleAdd: () => void;
  testId: string;
}) {
  const { i18n } = useTranslation();
  return (
    <div className="codebook-section-header">
      <h3 id={props.headingId}>
        {props.title} <span className="badge">{formatNumber(props.count, currentLanguage(i18n))}</span>
      </h3>
      <button type="button" className="quiet" aria-expanded={props.adding} data-testid={props.testId} onClick={props.onToggleAdd}>
        + {props.addLabel}
      </button>
    </div>
  );
}

export function FindField({ label, value, onChange, testId }: { label: string; value: string; onChange: (v: string) => void; testId: string }) {
  return (
    <input
      type="search"
      className="codebook-find"
      dir={fieldDir(value)}
      placeholder={label}
      aria-label={label}
      value={value}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** How many quotes carry the tag. */
export function TagCount({ count }: { count: number }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="badge tag-count" title={t('codebook.quoteCount', { count })} data-testid="tag-count">
      {formatNumber(count, currentLanguage(i18n))}
    </span>
  );
}

/** Form-level error, then save (or create) and cancel. */
export function FormFooter(props: { formErrorId: string; error: FieldError | string | undefined; busy: boolean; editing: boolean; saveTestId: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <FieldMessage id={props.formErrorId} error={props.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={props.busy} data-testid={props.saveTestId}>
          {props.editing ? t('codebook.save') : t('codebook.create')}
        </button>
        <button type="button" className="quiet" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}

export type TagDialogState = { action: 'merge' | 'delete'; tag: Tag } | null;

/** The open merge or delete dialog, if any; `label` names a tag in the UI language. */
export function TagDialogs(props: { dialog: TagDialogState; label: (tag: Tag) => string; onClose: () => void; onStatus: (message: FieldError) => void }) {
  const { dialog, label, onClose, onStatus } = props;
  if (dialog?.action === 'delete') {
    return (
      <DeleteTagDialog
        tag={dialog.tag}
        onClose={onClose}
        onDeleted={(count) => {
          onClose();
          onStatus({ key: 'codebook.deleted', values: { name: isolate(label(dialog.tag)), count } });
        }}
      />
    );
  }
  if (dialog?.action === 'merge') {
    return (
      <MergeTagDialog
        tag={dialog.tag}
        onClose={onClose}
        onMerged={(target) => {
          onClose();
          onStatus({ key: 'codebook.merged', values: { source: isolate(label(dialog.tag)), target: isolate(label(target)) } });
        }}
      />
    );
  }
  return null;
}
