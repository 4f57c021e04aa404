/** The engine's query notes in the UI language (shared/search/notes.ts has the codes). */
import type { TFunction } from 'i18next';
import type { SearchNote } from '../../../../shared/contract/index';

export function translateNotes(notes: readonly SearchNote[], t: TFunction): string {
  return notes.map((n) => t(`searching.notes.${n.code}`, n.params)).join(' ');
}
