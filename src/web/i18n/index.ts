import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './ar/index.js';
import { en } from './en/index.js';
import { initialLanguage } from './language.js';

/** Both languages are bundled: they are small, and nothing may be fetched at run time. */
void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, ar: { translation: ar } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'ar'],
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18next };
