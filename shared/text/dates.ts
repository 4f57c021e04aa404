/**
 * Published dates as Arabic news writes them, turned into the ISO form the store keeps
 * (yyyy-mm-dd). Pure functions: no Date parsing of free text (its rules depend on the
 * locale of the machine), only patterns we know.
 */

/** Month names → month number. Egyptian/Gulf names, Levantine/Iraqi names, and English. */
const MONTHS: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, ابريل: 4, إبريل: 4, مايو: 5, يونيو: 6, يونيه: 6,
  يوليو: 7, يوليه: 7, أغسطس: 8, اغسطس: 8, سبتمبر: 9, أكتوبر: 10, اكتوبر: 10, نوفمبر: 11,
  ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, آذار: 3, اذار: 3, نيسان: 4, أيار: 5, ايار: 5, حزيران: 6,
  تموز: 7, آب: 8, اب: 8, أيلول: 9, ايلول: 9, 'تشرين الأول': 10, 'تشرين الاول': 10,
  'تشرين الثاني': 11, 'كانون الأول': 12, 'كانون الاول': 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

// Longest names first, so "كانون الثاني" wins over a shorter prefix and "sept" over "sep".
const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/ /g, '\\s+'))
  .join('|');

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII, so one set of patterns reads all three. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

function iso(year: number, month: number, day: number): string | null {
  if (year < 100) year += year < 50 ? 2000 : 1900;
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Word boundaries that work for Arabic (\b only knows ASCII word characters).
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

interface DatePattern {
  re: RegExp;
  read: (m: RegExpExecArray) => string | null;
}

const monthOf = (name: string): number => MONTHS[name.toLowerCase().replace(/\s+/g, ' ')] ?? 0;

const PATTERNS: DatePattern[] = [
  // 2024-11-04, 2024/11/04, 2024-11-04T10:00:00Z (the store's own form first)
  { re: new RegExp(`${B}(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)`, 'u'), read: (m) => iso(+m[1], +m[2], +m[3]) },
  // 04/11/2024, 4-11-2024, 4.11.24: day first, as Arabic and European news write it
  { re: new RegExp(`${B}(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?!\\d)`, 'u'), read: (m) => iso(+m[3], +m[2], +m[1]) },
  // 4 نوفمبر 2024, 25 سبتمبر، 2019, 4 تشرين الثاني 2024, 4 November 2024
  {
    re: new RegExp(`${B}(\\d{1,2})\\s*(?:من\\s+)?(${MONTH_PATTERN})${E}[\\s,،]*(?:عام\\s+|سنة\\s+)?(\\d{4})(?!\\d)`, 'iu'),
    read: (m) => iso(+m[3], monthOf(m[2]), +m[1]),
  },
  // November 4, 2024
  {
    re: new RegExp(`${B}(${MONTH_PATTERN})${E}\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'iu'),
    read: (m) => iso(+m[3], monthOf(m[1]), +m[2]),
  },
];

export interface FoundDate {
  /** yyyy-mm-dd */
  date: string;
  /** Where the date was found in the searched string (UTF-16 index) and how long it is. */
  index: number;
  length: number;
}

/** The first date in `text` (earliest position wins), or null. Digits of any script. */
export function findDate(text: string): FoundDate | null {
  const ascii = asciiDigits(text); // same length: every digit is one UTF-16 unit either way
  let best: FoundDate | null = null;
  for (const p of PATTERNS) {
    const m = p.re.exec(ascii);
    if (!m) continue;
    const date = p.read(m);
    if (date && (!best || m.index < best.index)) best = { date, index: m.index, length: m[0].length };
  }
  return best;
}

/**
 * A date field's value (a CSV column, a meta tag) → yyyy-mm-dd, or null when it holds no date
 * we can read. Times and weekday names around the date are ignored.
 */
export function parseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  return findDate(value.trim())?.date ?? null;
}

/**
 * Whether a line is only a date (with perhaps a time and a weekday): such a line under a
 * headline is the publication date, not the start of the body.
 */
export function isDateLine(line: string): boolean {
  if (line.length > 80) return false; // a date with its weekday and time is short; skip the regexes
  const found = findDate(line);
  if (!found) return false;
  const rest = (asciiDigits(line).slice(0, found.index) + ' ' + asciiDigits(line).slice(found.index + found.length))
    .replace(/\d{1,2}:\d{2}(:\d{2})?/g, ' ')
    .replace(/(?<![\p{L}])(ص|م|am|pm|gmt|utc|بتوقيت|غرينتش|السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|نشر|في|تاريخ|النشر|آخر|تحديث|published|updated)(?![\p{L}])/giu, ' ')
    .replace(/[\s|,،:\-–—.()+]/g, '');
  return rest.length === 0;
}
