/**
 * A date bound of a filter (library or search): YYYY, YYYY-MM or YYYY-MM-DD, typed left to
 * right. Half-typed dates (201, 2018-1) are kept in the field but not applied until whole;
 * an invalid one is marked. When the filter is cleared from outside, the field empties too.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const FILTER_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function DateFilterField(props: {
  id: string;
  label: string;
  testId: string;
  value: string | undefined;
  onValid: (value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.value ?? '');
  useEffect(() => {
    if (props.value === undefined) setText((v) => (FILTER_DATE.test(v.trim()) ? '' : v));
  }, [props.value]);
  const valid = text.trim() === '' || FILTER_DATE.test(text.trim());
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        data-testid={props.testId}
        dir="ltr"
        inputMode="numeric"
        placeholder={t('search.datePlaceholder')}
        aria-invalid={!valid}
        title={valid ? undefined : t('importing.dateInvalid')}
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          if (next.trim() === '' || FILTER_DATE.test(next.trim())) props.onValid(next.trim() || undefined);
        }}
      />
    </>
  );
}
