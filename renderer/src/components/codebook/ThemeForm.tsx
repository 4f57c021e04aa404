/**
 * Add a theme (name, Arabic and English labels, colour, description, parent) or edit one in
 * place (everything but the parent, which "Move…" and drag and drop change).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/contract/index';
import { currentLanguage } from '../../i18n/index';
import { themeTree } from '../../state/codebook-store';
import { useCodebook } from '../../state/context';
import { ColourPicker } from './ColourPicker';
import { FieldMessage } from './FieldMessage';
import { FormFooter } from './SectionParts';
import { nextColour } from './palette';
import { tagLabel } from './tag-text';
import { useTagForm } from './useTagForm';

type TextField = 'name' | 'labelAr' | 'labelEn';

export function ThemeForm({ theme, parentId, onDone }: { theme?: Tag; parentId?: string | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const id = useId();
  const tags = useCodebook((s) => s.tags);
  const create = useCodebook((s) => s.create);
  const update = useCodebook((s) => s.update);
  const [text, setText] = useState<Record<TextField, string>>({
    name: theme?.name ?? '',
    labelAr: theme?.labelAr ?? '',
    labelEn: theme?.labelEn ?? '',
  });
  const [description, setDescription] = useState(theme?.description ?? '');
  const [colour, setColour] = useState(theme?.color ?? nextColour(tags.filter((tag) => tag.kind === 'theme').length));
  const [parent, setParent] = useState(parentId ?? '');
  const { errors, busy, submit } = useTagForm();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const data = {
      name: text.name.trim(),
      labelAr: text.labelAr.trim() || null,
      labelEn: text.labelEn.trim() || null,
      description: description.trim() || null,
      color: colour,
    };
    const done = await submit({ ...text, description }, () =>
      theme ? update(theme.id, data) : create({ kind: 'theme', ...data, parentId: parent || null }),
    );
    if (done) onDone();
  };

  const input = (key: TextField, dir: 'auto' | 'rtl' | 'ltr', autoFocus = false) => (
    <label className="field">
      <span>{t(`codebook.${key}`)}</span>
      <input
        type="text"
        dir={dir}
        value={text[key]}
        autoFocus={autoFocus}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
        data-testid={`theme-${key}`}
        onChange={(e) => setText((current) => ({ ...current, [key]: e.target.value }))}
      />
      <FieldMessage id={`${id}-${key}-error`} error={errors[key]} />
    </label>
  );

  return (
    <form className="tag-form" data-testid="theme-form" onSubmit={(e) => void onSubmit(e)}>
      {input('name', 'auto', true)}
      {input('labelAr', 'rtl')}
      {input('labelEn', 'ltr')}
      <ColourPicker value={colour} onChange={setColour} />
      <label className="field">
        <span>{t('codebook.description')}</span>
        <textarea
          dir="auto"
          rows={2}
          value={description}
          aria-invalid={errors.description ? true : undefined}
          data-testid="theme-description"
          onChange={(e) => setDescription(e.target.value)}
        />
        <FieldMessage id={`${id}-description-error`} error={errors.description} />
      </label>
      {!theme && (
        <label className="field">
          <span>{t('codebook.parent')}</span>
          <select value={parent} data-testid="theme-parent" onChange={(e) => setParent(e.target.value)}>
            <option value="">{t('codebook.topLevel')}</option>
            {themeTree(tags).map(({ tag, depth }) => (
              <option key={tag.id} value={tag.id}>
                {'\u00a0\u00a0'.repeat(depth)}
                {tagLabel(tag, language)}
              </option>
            ))}
          </select>
        </label>
      )}
      <FormFooter formErrorId={`${id}-form-error`} error={errors.form} busy={busy} editing={Boolean(theme)} saveTestId="theme-save" onCancel={onDone} />
    </form>
  );
}
