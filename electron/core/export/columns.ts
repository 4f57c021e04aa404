/**
 * The quote sheet's columns, in order: the machine name (stable: scripts read it, never
 * rename one), Arabic and English labels, and how to read the value from a row.
 */
import type { HeaderStyle, SheetLanguage } from '../../../shared/contract/exports';
import { THEME_SEPARATOR, type QuoteSheetRow } from './quote-rows';

export interface Column {
  machine: string;
  ar: string;
  en: string;
  /** Numbers stay numbers in every format; everything else is text. */
  value: (row: QuoteSheetRow) => string | number | null;
}

export const COLUMNS: readonly Column[] = [
  { machine: 'quote_id', ar: 'معرّف الاقتباس', en: 'Quote ID', value: (r) => r.quoteId },
  { machine: 'quote', ar: 'الاقتباس', en: 'Quote', value: (r) => r.quote },
  { machine: 'speaker', ar: 'المتحدث', en: 'Speaker', value: (r) => r.speaker },
  { machine: 'speaker_role', ar: 'صفة المتحدث', en: 'Speaker role', value: (r) => r.speakerRole },
  { machine: 'organisation', ar: 'الجهة', en: 'Organisation', value: (r) => r.organisation },
  { machine: 'themes', ar: 'المحاور', en: 'Themes', value: (r) => r.themes.join(THEME_SEPARATOR) },
  { machine: 'note', ar: 'ملاحظة', en: 'Note', value: (r) => r.note },
  { machine: 'article_title', ar: 'عنوان المقال', en: 'Article title', value: (r) => r.articleTitle },
  { machine: 'source', ar: 'المصدر', en: 'Source', value: (r) => r.source },
  { machine: 'published', ar: 'تاريخ النشر', en: 'Published', value: (r) => r.published },
  { machine: 'url', ar: 'الرابط', en: 'URL', value: (r) => r.url },
  { machine: 'file', ar: 'الملف', en: 'File', value: (r) => r.file },
  { machine: 'context_before', ar: 'السياق قبل', en: 'Context before', value: (r) => r.contextBefore },
  { machine: 'context_after', ar: 'السياق بعد', en: 'Context after', value: (r) => r.contextAfter },
  { machine: 'start', ar: 'البداية', en: 'Start', value: (r) => r.start },
  { machine: 'end', ar: 'النهاية', en: 'End', value: (r) => r.end },
  { machine: 'analyst', ar: 'المحلل', en: 'Analyst', value: (r) => r.analyst },
  { machine: 'created', ar: 'أنشئ في', en: 'Created', value: (r) => r.created },
  { machine: 'updated', ar: 'عُدّل في', en: 'Updated', value: (r) => r.updated },
];

export function headerLabels(lang: SheetLanguage, header: HeaderStyle): string[] {
  return COLUMNS.map((c) => (header === 'machine' ? c.machine : c[lang]));
}
