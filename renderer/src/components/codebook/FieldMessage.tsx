/** An inline message under a form field: a checked limit (i18n key) or the application's words. */
import { useTranslation } from 'react-i18next';
import type { FieldError } from './validate';

export function FieldMessage({ id, error }: { id: string; error: FieldError | string | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p id={id} className="inline-error field-error" role="alert" dir="auto" data-testid="field-error">
      {typeof error === 'string' ? error : t(error.key, error.values)}
    </p>
  );
}
