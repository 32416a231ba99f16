import type { Locale } from '../../contracts/index.js';

// Latin digits in Arabic too: ids, counts and dates are compared with other systems and read aloud in support calls.
const intlLocale = (language: string): string => (language === 'ar' ? 'ar-u-nu-latn' : 'en-GB');

export function formatDateTime(iso: string, language: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string, language: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatNumber(value: number, language: Locale): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}
