/**
 * Which column of a collection (.csv header, .jsonl keys) holds which article field. Names
 * are recognised in English and Arabic; the analyst can name a column for a field instead
 * (`--column body=text`, or the mapping dialog), which always wins, or say that a field
 * comes from no column (null: `--column date=`, the dialog's "ignore").
 */
import { COLLECTION_FIELDS, type CollectionField, type ColumnMapping } from '../../../../shared/contract/imports';
import { reasoned, type Reasoned } from '../../../../shared/contract/reasons';
import { ImportFileError } from '../read-text-file';

export const FIELDS = COLLECTION_FIELDS;
export type Field = CollectionField;
/** The contract's mapping: the CLI's --column flags and the UI's dialog make the same thing. */
export type ColumnOverrides = ColumnMapping;
/** Field → column index (csv) or key (jsonl). */
export type ColumnMap<K> = Partial<Record<Field, K>>;

/** Names per field, most specific first: a file with both "body" and "text" uses "body". */
const ALIASES: Record<Field, string[]> = {
  title: ['title', 'headline', 'heading', 'subject', 'العنوان', 'عنوان', 'عنوان المقال', 'العنوان الرئيسي'],
  body: ['body', 'text', 'content', 'article', 'full text', 'fulltext', 'story', 'النص', 'نص', 'المحتوى', 'محتوى', 'المتن', 'نص المقال', 'نص الخبر', 'الخبر'],
  date: ['date', 'published', 'published at', 'published date', 'publish date', 'publication date', 'pubdate', 'datetime', 'time', 'created at', 'التاريخ', 'تاريخ', 'تاريخ النشر'],
  source: ['source', 'outlet', 'publisher', 'site', 'newspaper', 'media', 'المصدر', 'مصدر', 'الجريدة', 'الصحيفة', 'الموقع', 'الناشر'],
  url: ['url', 'link', 'href', 'uri', 'الرابط', 'رابط', 'الوصلة'],
  author: ['author', 'authors', 'byline', 'writer', 'الكاتب', 'كاتب', 'المؤلف', 'الكتاب', 'المحرر'],
  abstract: ['abstract', 'summary', 'description', 'lead', 'lede', 'excerpt', 'الملخص', 'ملخص', 'الموجز', 'المقدمة'],
};

/** How column names compare: case, spacing, _ and -, tashkeel and tatweel do not matter. */
export function columnKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\s_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
}

export function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}

/**
 * Map fields to the given column names' positions. Throws (the whole file fails) when an
 * override names a column that is not there, or when no column holds the body.
 */
export function resolveColumns(names: readonly string[], overrides: ColumnOverrides = {}, what: ColumnWord = 'column'): ColumnMap<number> {
  const map = recogniseColumns(names, overrides, what);
  if (map.body === undefined) {
    throw ImportFileError.because('collection_no_body', { what: columnWord(what), expected: ALIASES.body.slice(0, 3).join(', '), found: listNames(names) });
  }
  return map;
}

/** resolveColumns without insisting on a body column (the mapping dialog shows what is missing). */
export function recogniseColumns(names: readonly string[], overrides: ColumnOverrides = {}, what: ColumnWord = 'column'): ColumnMap<number> {
  const keys = names.map(columnKey);
  const map: ColumnMap<number> = {};
  const taken = new Set<number>();
  for (const field of FIELDS) {
    const wanted = overrides[field];
    if (wanted === undefined || wanted === null) continue;
    const i = keys.indexOf(columnKey(wanted));
    if (i < 0) throw ImportFileError.because('collection_no_such_column', { what: columnWord(what), wanted, field, found: listNames(names) });
    map[field] = i;
    taken.add(i);
  }
  for (const field of FIELDS) {
    if (map[field] !== undefined || overrides[field] === null) continue;
    for (const alias of ALIASES[field]) {
      const i = keys.indexOf(alias);
      if (i >= 0 && !taken.has(i)) {
        map[field] = i;
        taken.add(i);
        break;
      }
    }
  }
  return map;
}

/** What a collection calls its columns: a .csv has columns, a .jsonl keys. */
export type ColumnWord = 'column' | 'key';

function columnWord(what: ColumnWord): Reasoned {
  return reasoned(what === 'key' ? 'collection_word_key' : 'collection_word_column');
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 20).map((n) => `"${n}"`).join(', ');
  return names.length > 20 ? `${shown}, …` : shown || 'none';
}
