import { useLanguage } from '../i18n/language.js';

/**
 * The accessible name of a global control: exactly the English name in English, and the translated name
 * followed by the English one elsewhere, so Arabic screen-reader users hear Arabic while support staff,
 * documentation and tests can still find "Language" or "Theme" in every language.
 */
export function useControlName(englishName: string, translatedName: string): string {
  return useLanguage() === 'en' ? englishName : `${translatedName} (${englishName})`;
}
