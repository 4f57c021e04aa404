/**
 * The dateline that opens a news article: "نيويورك – ", "دوشانبي (كونا) --",
 * "الأمم المتحدة 25 سبتمبر 2019 (شينخوا)", "كونا - ". It names the place the story was filed
 * from, sometimes the agency and the date. Pure: the text is only read, never changed.
 */
import { findDate } from './dates';

/** News agencies seen in datelines; one of these alone before the dash is not a place. */
const AGENCIES = [
  'كونا', 'وام', 'واس', 'قنا', 'بنا', 'سانا', 'العمانية', 'الأناضول', 'الاناضول', 'شينخوا', 'رويترز',
  'أ ف ب', 'ا ف ب', 'أ.ف.ب', 'فرانس برس', 'د ب أ', 'د.ب.أ', 'سبوتنيك', 'يو بي آي', 'أسوشيتد برس',
  'وكالات', 'الوكالات', 'إرنا', 'ارنا', 'تاس', 'مونت كارلو الدولية', 'AFP', 'Reuters', 'AP', 'Xinhua', 'KUNA',
];

export interface Dateline {
  place: string | null;
  agency: string | null;
  /** yyyy-mm-dd when the dateline carries a date. */
  date: string | null;
}

const MAX_PLACE_WORDS = 4;
const WORD = '[^\\s().,،:؛!?؟«»"\\-–—]+';
// A hyphen must stand apart ("غزة - "), so hyphenated words are not datelines; – — and -- may touch.
const DATELINE = new RegExp(
  `^(${WORD}(?:\\s+${WORD}){0,${MAX_PLACE_WORDS + 3}}?)(?:\\s*\\(([^()]{1,30})\\)\\s*(?:--|[-–—])?|\\s+-|\\s*(?:--|[–—]))\\s`,
  'u',
);

function isAgency(s: string): boolean {
  const t = s.trim().replace(/\s+/g, ' ');
  return AGENCIES.some((a) => a.toLowerCase() === t.toLowerCase());
}

/**
 * Read the dateline at the start of a paragraph, or null when it does not open with one.
 * A place is at most four words with no sentence punctuation, followed by a dash, or by an
 * agency in parentheses, optionally with a date between them.
 */
export function parseDateline(paragraph: string): Dateline | null {
  const head = paragraph.trimStart().slice(0, 160);
  // "<words> [date] (agency) [dash]" or "<words> [date] dash": the dash or the agency must be there.
  const m = DATELINE.exec(head + ' ');
  if (!m) return null;
  let words = m[1];
  const agencyInParens = m[2]?.trim() || null;
  let date: string | null = null;
  const found = findDate(words);
  if (found) {
    date = found.date;
    if (words.slice(found.index + found.length).trim() !== '') return null;
    words = words.slice(0, found.index);
  }
  words = words.trim();
  if (words.split(/\s+/).length > MAX_PLACE_WORDS) return null;
  if (!words) return agencyInParens ? { place: null, agency: agencyInParens, date } : null;
  if (isAgency(words)) return { place: null, agency: words, date };
  return { place: words, agency: agencyInParens, date };
}
