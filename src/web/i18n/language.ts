import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../contracts/index.js';

export const LANGUAGES: readonly Locale[] = ['en', 'ar'];

/** Each language named in itself, so anyone can find theirs whatever the UI currently shows. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ar: 'العربية' };

// Same key as public/preferences-init.js, which sets lang and dir before the first paint.
const STORAGE_KEY = 'webnova.language';

export function initialLanguage(): Locale {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (stored === 'en' || stored === 'ar') return applyDocumentLanguage(stored);
  return applyDocumentLanguage(navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en');
}

/** Arabic mirrors the whole layout: the CSS uses logical properties, so `dir` is all it takes. */
function applyDocumentLanguage(language: Locale): Locale {
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
  return language;
}

export function changeLanguage(language: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, still applied.
  }
  applyDocumentLanguage(language);
  void i18next.changeLanguage(language);
}

export function useLanguage(): Locale {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'ar' ? 'ar' : 'en';
}
