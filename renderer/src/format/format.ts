/** Numbers, dates and durations for the UI, in the UI language (Western digits, see intlLocale). */
import { intlLocale, type Language } from '../i18n/index';

export function formatNumber(value: number, language: Language, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits }).format(value);
}

/** An ISO timestamp as a readable date and time; anything unparsable is shown as given. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Seconds left, rounded the way people say it: "40 s", "3 min", "1.5 h". */
export function formatDuration(seconds: number, language: Language): string {
  const locale = intlLocale(language);
  const unit = (value: number, u: 'second' | 'minute' | 'hour', digits = 0) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
  if (seconds < 60) return unit(Math.max(1, Math.round(seconds)), 'second');
  if (seconds < 3600) return unit(Math.round(seconds / 60), 'minute');
  return unit(seconds / 3600, 'hour', 1);
}

/** The last part of a path, for lists where the full path is too long (shown in full on hover). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}
