/**
 * What the speaker and theme forms share: check the fields, send, and on a refusal keep
 * everything typed and put the application's message next to the field it is about.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { localiseError } from '../../i18n/localise-error';
import { checkFields, fieldOfServerError, localiseServerError, type FieldErrors } from './validate';

export function useTagForm() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  /**
   * Run `send` when the fields pass the checks; answer whether it was done. A refusal never
   * throws: it becomes an inline message and the form stays as it was.
   */
  const submit = async (fields: Parameters<typeof checkFields>[0], send: () => Promise<unknown>): Promise<boolean> => {
    const found = checkFields(fields);
    setErrors(found);
    if (Object.keys(found).length > 0) return false;
    setBusy(true);
    try {
      await send();
      return true;
    } catch (error) {
      const message = errorMessage(error);
      const known = localiseServerError(message);
      setErrors({ [fieldOfServerError(message, fields.name ?? '', fields.aliases)]: typeof known === 'string' ? localiseError(error, t) : known });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { errors, busy, submit };
}
