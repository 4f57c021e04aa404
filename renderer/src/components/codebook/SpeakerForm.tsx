/** Add a speaker, or edit one in place: name, aliases (one a line), role, organisation. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/contract/index';
import { useCodebook } from '../../state/context';
import { FieldMessage } from './FieldMessage';
import { FormFooter } from './SectionParts';
import { useTagForm } from './useTagForm';
import { splitAliases } from './validate';

export function SpeakerForm({ speaker, onDone }: { speaker?: Tag; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCodebook((s) => s.create);
  const update = useCodebook((s) => s.update);
  const [name, setName] = useState(speaker?.name ?? '');
  const [aliases, setAliases] = useState(speaker?.aliases.join('\n') ?? '');
  const [role, setRole] = useState(speaker?.role ?? '');
  const [organisation, setOrganisation] = useState(speaker?.organisation ?? '');
  const { errors, busy, submit } = useTagForm();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const list = splitAliases(aliases);
    const fields = { name, aliases: list, role, organisation };
    const data = { name: name.trim(), aliases: list, role: role.trim() || null, organisation: organisation.trim() || null };
    const done = await submit(fields, () => (speaker ? update(speaker.id, data) : create({ kind: 'speaker', ...data })));
    if (done) onDone();
  };

  const field = (key: 'name' | 'role' | 'organisation', value: string, set: (v: string) => void, autoFocus = false) => (
    <label className="field">
      <span>{t(`codebook.${key}`)}</span>
      <input
        type="text"
        dir="auto"
        value={value}
        autoFocus={autoFocus}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
        data-testid={`speaker-${key}`}
        onChange={(e) => set(e.target.value)}
      />
      <FieldMessage id={`${id}-${key}-error`} error={errors[key]} />
    </label>
  );

  return (
    <form className="tag-form" data-testid="speaker-form" onSubmit={(e) => void onSubmit(e)}>
      {field('name', name, setName, true)}
      <label className="field">
        <span>{t('codebook.aliases')}</span>
        <textarea
          dir="auto"
          rows={3}
          value={aliases}
          aria-invalid={errors.aliases ? true : undefined}
          aria-describedby={errors.aliases ? `${id}-aliases-error` : undefined}
          data-testid="speaker-aliases"
          onChange={(e) => setAliases(e.target.value)}
        />
        <FieldMessage id={`${id}-aliases-error`} error={errors.aliases} />
      </label>
      {field('role', role, setRole)}
      {field('organisation', organisation, setOrganisation)}
      <FormFooter formErrorId={`${id}-form-error`} error={errors.form} busy={busy} editing={Boolean(speaker)} saveTestId="speaker-save" onCancel={onDone} />
    </form>
  );
}
