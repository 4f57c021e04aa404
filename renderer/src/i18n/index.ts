/**
 * UI language: Arabic (default) or English. The choice is kept in localStorage and sets the
 * page's dir/lang, so the whole chrome mirrors. Article text is NOT tied to it: each
 * paragraph takes its direction from its own content (dir="auto").
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './ar';
import { en } from './en';

export const LANGUAGES = ['ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'daftar.language';
const DIRECTION: Record<Language, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'ar';
  } catch {
    return 'ar'; // storage can be disabled; the default is fine
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisting is acceptable: the switch still works for this session.
  }
}

export function applyDocumentLanguage(language: Language): void {
  const html = document.documentElement;
  html.lang = language;
  html.dir = DIRECTION[language];
}

/**
 * A fresh i18next instance (one per app, so component tests do not share state), initialised
 * synchronously from the bundled strings: there is nothing to fetch.
 */
export function createI18n(language: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { ar: { translation: ar }, en: { translation: en } },
    lng: language,
    fallbackLng: 'ar',
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    // React escapes text itself; escaping here would show &quot; in titles.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  applyDocumentLanguage(language);
  instance.on('languageChanged', (lng) => {
    if (!isLanguage(lng)) return;
    applyDocumentLanguage(lng);
    storeLanguage(lng);
  });
  return instance;
}

export function currentLanguage(instance: I18n): Language {
  return isLanguage(instance.language) ? instance.language : 'ar';
}

/** Intl locale for numbers and dates: Arabic text with Western digits, as file names and sources use them. */
export function intlLocale(language: Language): string {
  return language === 'ar' ? 'ar-u-nu-latn' : 'en';
}
