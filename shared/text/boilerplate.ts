/**
 * Which paragraphs of an imported article are not the article: a page that repeats its
 * body, a headline repeated as a photo caption, and website furniture (language menus,
 * "read more", share buttons, comment forms, a footer in another language). The result is
 * a list of paragraph-index ranges that the reader dims or folds. Nothing is ever removed
 * from the text: offsets of highlights stay valid whatever this function decides.
 */

export type FoldReason = 'repeated' | 'boilerplate' | 'other-language';

export interface FoldedRange {
  /** Paragraph indexes (into splitParagraphs' list), end exclusive. */
  start: number;
  end: number;
  reason: FoldReason;
}

/** Language names as sites put them in a language menu. */
const LANGUAGE_NAMES = new Set(
  [
    'english', 'français', 'francais', 'español', 'espanol', 'deutsch', 'русский', '中文', 'türkçe', 'turkce',
    'فارسی', 'فارسي', 'عربي', 'عربى', 'العربية', 'العربیة', 'اردو', 'اُردو', 'کوردی', 'كوردي', 'kurdî', 'پښتو',
    'עברית', 'italiano', 'português', 'bahasa', 'indonesia', 'हिन्दी', '日本語', 'ar', 'en', 'fr', 'fa', 'es', 'ru',
  ].map((n) => n.toLowerCase()),
);

/**
 * Phrases of website furniture. A short paragraph containing one is boilerplate; a long one
 * is not (an article may well quote "جميع الحقوق محفوظة" in a sentence).
 */
const FURNITURE = [
  // Arabic
  'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ ايضا', 'اقرأ المزيد', 'إقرأ المزيد', 'اقرا المزيد', 'عرض المزيد', 'المزيد من الأخبار',
  'أخبار ذات صلة', 'اخبار ذات صلة', 'مواضيع ذات صلة', 'مقالات ذات صلة', 'قد يهمك أيضا', 'قد يعجبك أيضا',
  'شارك هذا', 'شارك المقال', 'شارك على', 'مشاركة عبر', 'انشر على', 'تابعونا على', 'تابعنا على',
  'أضف تعليق', 'أضف تعليقا', 'أضف تعليقاً', 'اترك تعليقا', 'اترك تعليقاً', 'اترك رد', 'اترك رداً',
  'لن يتم نشر عنوان بريدك الإلكتروني', 'الحقول الإلزامية', 'الحقول المطلوبة', 'جميع الحقوق محفوظة',
  'حقوق النشر محفوظة', 'اشترك في النشرة', 'اشترك الآن', 'النشرة البريدية', 'زر الذهاب إلى الأعلى',
  'العودة إلى الأعلى', 'الرجوع للأعلى', 'أرسل لصديق', 'تصغير الخط', 'تكبير الخط', 'حمل تطبيق',
  // Persian (sites in Iran and Afghanistan publish Arabic pages with Persian furniture)
  'نوشته های مشابه', 'نوشته‌های مشابه', 'مطالب مرتبط', 'دیدگاهتان را بنویسید', 'دیدگاه خود را بنویسید',
  'نشانی ایمیل شما منتشر نخواهد شد', 'بازگشت به بالا', 'کلیه حقوق', 'اشتراک گذاری', 'ادامه مطلب',
  // English
  'read more', 'related articles', 'related news', 'share this', 'share on', 'leave a reply', 'leave a comment',
  'your email address will not be published', 'required fields are marked', 'all rights reserved',
  'subscribe to', 'sign up for', 'back to top', 'follow us', 'print this',
];

/** Bare words that make a short paragraph a share bar when it holds nothing else. */
const SHARE_WORDS = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'email', 'print', 'share', 'copy', 'link', 'reddit',
  'فيسبوك', 'تويتر', 'واتساب', 'تلغرام', 'تيليجرام', 'لينكدإن', 'البريد', 'الإلكتروني', 'طباعة', 'مشاركة', 'شارك', 'نسخ', 'الرابط',
]);

const SHORT = 160; // furniture is short; a paragraph of the article can be anything

// Persian function words: a Persian paragraph has them, an Arabic one does not.
const PERSIAN_WORDS = /(?<![\p{L}])(است|های|هایی|را|می|نمی|این|شما|برای|شده|شدهاند|خواهد|بنویسید|نوشته|دکمه|بازگشت)(?![\p{L}])/gu;

type Lang = 'ar' | 'fa' | 'latin' | 'none';

/** Letters Persian uses and Arabic does not: پ چ ژ گ, Persian ی and ک, ۀ. */
function isPersianLetter(c: number): boolean {
  return c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af || c === 0x06cc || c === 0x06a9 || c === 0x06c0;
}

// One pass over the characters, no regular expressions: this runs on every paragraph of
// every imported article (tens of millions of characters for a big collection).
function language(p: string): Lang {
  let arabic = 0;
  let latin = 0;
  let persian = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) {
      arabic++;
      if (isPersianLetter(c)) persian++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (arabic === 0 && latin === 0) return 'none';
  if (latin > arabic) return 'latin';
  if (persian === 0) return 'ar';
  // Arabic pages from Persian sites carry the odd ی; a Persian paragraph has many, and its words.
  const persianWords = (p.match(PERSIAN_WORDS) ?? []).length;
  if (persianWords >= 2 || (persianWords >= 1 && persian >= 2) || persian / arabic > 0.08) return 'fa';
  return 'ar';
}

/**
 * Marks, punctuation and spaces that do not make two paragraphs different to a reader: ASCII
 * and Latin-1 punctuation and spaces (digits and letters stay), tashkeel, tatweel, ، ؛ ؟,
 * Arabic punctuation, general punctuation and zero-width characters. One character class, so
 * the engine strips them natively (this runs on every paragraph of every article).
 */
const IGNORED_IN_KEY = /[\u0000-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u00BF\u0610-\u061F\u0640\u064B-\u065F\u066A-\u066D\u0670\u06D4\u2000-\u206F\uFEFF]+/g;

/** The key two paragraphs share when a reader would call them the same paragraph. */
function sameKey(p: string): string {
  const key = p.replace(IGNORED_IN_KEY, '');
  return /[A-Z]/.test(key) ? key.toLowerCase() : key; // most paragraphs have no Latin capitals
}

function words(p: string): string[] {
  return p.toLowerCase().split(/[\s|•·,،/]+/u).filter(Boolean);
}

function isLanguageMenu(p: string): boolean {
  const ws = words(p);
  if (ws.length < 2 || ws.length > 12) return false;
  const names = ws.filter((w) => LANGUAGE_NAMES.has(w)).length;
  return names >= 2 && names / ws.length >= 0.6;
}

function isShareBar(p: string): boolean {
  const ws = words(p);
  return ws.length >= 2 && ws.length <= 12 && ws.every((w) => SHARE_WORDS.has(w));
}

// Persian writes a zero-width non-joiner inside words (نوشته‌های); compare with a space there.
// All phrases in one expression: one native scan per paragraph instead of one per phrase.
const FURNITURE_RE = new RegExp(FURNITURE.map((f) => f.replace(/\u200c/g, ' ').toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

function isFurniture(p: string): boolean {
  if (p.length > SHORT) return false; // UTF-16 length: at least as long as in code points
  const lower = p.toLowerCase().replace(/[\s\u200c]+/g, ' ');
  return FURNITURE_RE.test(lower) || isLanguageMenu(p) || isShareBar(p);
}

/**
 * Find the paragraphs to fold. `paragraphs` are the article's paragraph texts in order (blank
 * lines already left out, as splitParagraphs gives them).
 *
 * - repeated: a paragraph (of at least three words) that already appeared earlier; the first
 *   occurrence stays, the later ones fold. A page that prints its body twice folds the copy.
 * - boilerplate: short paragraphs of website furniture (see FURNITURE), language menus and
 *   share bars, anywhere in the article.
 * - other-language: at the start or end of the article, paragraphs in another language than
 *   the article's own (a Persian footer under an Arabic article), until the first paragraph
 *   in the article's language that is not furniture.
 */
export function detectFolded(paragraphs: readonly string[]): FoldedRange[] {
  const reasons: (FoldReason | null)[] = paragraphs.map(() => null);

  const seen = new Set<string>();
  paragraphs.forEach((p, i) => {
    const key = sameKey(p);
    if (key.length < 12 || !/\S\s+\S+\s+\S/.test(p)) return; // at least three words
    if (seen.has(key)) reasons[i] = 'repeated';
    else seen.add(key);
  });

  paragraphs.forEach((p, i) => {
    if (!reasons[i] && isFurniture(p)) reasons[i] = 'boilerplate';
  });

  const langs = paragraphs.map(language);
  const weight = new Map<Lang, number>();
  // The article's language, by the text that is not already furniture or a copy.
  paragraphs.forEach((p, i) => {
    if (!reasons[i]) weight.set(langs[i], (weight.get(langs[i]) ?? 0) + p.length);
  });
  const main = [...weight.entries()].filter(([l]) => l !== 'none').sort((a, b) => b[1] - a[1])[0]?.[0];
  if (main) {
    const foreign = (i: number) => langs[i] !== main && langs[i] !== 'none' && paragraphs[i].length <= 400;
    // From each end inwards: furniture and foreign paragraphs are the page around the article.
    for (let i = paragraphs.length - 1; i >= 0 && (reasons[i] || foreign(i) || langs[i] === 'none'); i--) {
      if (!reasons[i] && foreign(i)) reasons[i] = 'other-language';
    }
    for (let i = 0; i < paragraphs.length && (reasons[i] || foreign(i) || langs[i] === 'none'); i++) {
      if (!reasons[i] && foreign(i)) reasons[i] = 'other-language';
    }
  }

  const out: FoldedRange[] = [];
  reasons.forEach((reason, i) => {
    if (!reason) return;
    const last = out[out.length - 1];
    if (last && last.reason === reason && last.end === i) last.end = i + 1;
    else out.push({ start: i, end: i + 1, reason });
  });
  return out;
}
