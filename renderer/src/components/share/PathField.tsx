/**
 * A destination or source path: typed (web mode, where the server reads the path on this
 * machine), or chosen with the native picker where Electron runs (and still editable).
 */
import { useTranslation } from 'react-i18next';
import { useProject } from '../../state/context';

export function PathField({
  value,
  onChange,
  onChoose,
  testId,
  disabled,
}: {
  value: string;
  onChange: (value: string) => void;
  onChoose: () => void;
  testId: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const shell = useProject((s) => s.shell);
  return (
    <div className="field">
      <label htmlFor={testId}>{t('share.path')}</label>
      <div className="path-field">
        <input
          id={testId}
          type="text"
          dir="ltr"
          spellCheck={false}
          autoComplete="off"
          data-testid={testId}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
        />
        {shell === 'electron' && (
          <button type="button" onClick={onChoose} disabled={disabled}>
            {t('share.choose')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The submit and cancel buttons that end each share form: nothing while busy, no submit without a path. */
export function ShareFormActions(props: { submitLabel: string; submitTestId: string; busy: boolean; path: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <button type="submit" className="primary" disabled={props.busy || props.path.trim() === ''} data-testid={props.submitTestId}>
        {props.submitLabel}
      </button>
      <button type="button" onClick={props.onCancel} disabled={props.busy}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
