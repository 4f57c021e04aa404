/**
 * Checks made before a speaker or theme is sent, so the analyst sees a message next to the
 * field at once (the application checks the same limits again), and the routing of the
 * application's own refusals (a duplicate name) to the field they are about.
 */
import { LIMITS } from '../../../../shared/contract/index';
import { isolate } from '../../i18n/isolate';

/** A message as an i18n key with its values, so it follows the UI language. */
export interface FieldError {
  key: string;
  values?: Record<string, string | number>;
}

export type Field = 'name' | 'aliases' | 'role' | 'organisation' | 'labelAr' | 'labelEn' | 'description' | 'form';
export type FieldErrors = Partial<Record<Field, FieldError | string>>;

/** One alias a line; blank lines are ignored. */
export function splitAliases(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

const length = (text: string) => [...text].length;

export function checkName(name: string): FieldError | null {
  if (name.trim() === '') return { key: 'codebook.nameEmpty' };
  if (length(name.trim()) > LIMITS.tagName) return { key: 'codebook.tooLong', values: { max: LIMITS.tagName, count: length(name.trim()) } };
  return null;
}

function checkText(text: string, max: number): FieldError | null {
  return length(text) > max ? { key: 'codebook.tooLong', values: { max, count: length(text) } } : null;
}

export function checkAliases(aliases: string[]): FieldError | null {
  if (aliases.length > LIMITS.aliases) return { key: 'codebook.tooManyAliases', values: { max: LIMITS.aliases, count: aliases.length } };
  const long = aliases.find((a) => length(a) > LIMITS.alias);
  return long ? { key: 'codebook.aliasTooLong', values: { max: LIMITS.alias, alias: `${[...long].slice(0, 30).join('')}…` } } : null;
}

/** Errors for the fields that were given (undefined fields are not on the form). */
export function checkFields(fields: Partial<Record<Exclude<Field, 'form' | 'aliases'>, string>> & { aliases?: string[] }): FieldErrors {
  const errors: FieldErrors = {};
  const put = (field: Field, error: FieldError | null) => {
    if (error) errors[field] = error;
  };
  if (fields.name !== undefined) put('name', checkName(fields.name));
  if (fields.aliases !== undefined) put('aliases', checkAliases(fields.aliases));
  for (const field of ['role', 'organisation', 'labelAr', 'labelEn'] as const) {
    const value = fields[field];
    if (value !== undefined) put(field, checkText(value, LIMITS.tagName));
  }
  if (fields.description !== undefined) put('description', checkText(fields.description, LIMITS.description));
  return errors;
}

/**
 * Which field an application error is about. A duplicate says `… already exists (it matches
 * "X")`: X is the typed name or one of the typed aliases. Anything else belongs to the form.
 */
export function fieldOfServerError(message: string, name: string, aliases: string[] = []): Field {
  const match = /\(it matches "(.*)"\)/s.exec(message);
  if (!match) return 'form';
  if (match[1] === name.trim()) return 'name';
  return aliases.some((a) => a.trim() === match[1]) ? 'aliases' : 'form';
}

/**
 * The application's refusals the codebook expects, as i18n messages (so an Arabic UI says
 * them in Arabic; the English strings repeat the application's words). Anything else is
 * shown as the application wrote it.
 */
export function localiseServerError(message: string): FieldError | string {
  const duplicate = /^A (speaker|theme) named "(.*)" already exists \(it matches "(.*)"\)\.$/s.exec(message);
  if (duplicate) {
    return { key: duplicate[1] === 'speaker' ? 'codebook.duplicateSpeaker' : 'codebook.duplicateTheme', values: { name: isolate(duplicate[2]), typed: isolate(duplicate[3]) } };
  }
  const cycle = /^"(.*)" is inside this theme already; a theme cannot be placed under itself or its own sub-themes\.$/s.exec(message);
  if (cycle) return { key: 'codebook.cycle', values: { name: isolate(cycle[1]) } };
  return message;
}
