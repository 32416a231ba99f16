import type { Locale } from '../../contracts/index.js';

// Latin digits in Arabic too: ids, counts and dates are compared with other systems and read aloud in support calls.
const intlLocale = (language: string): string => (language === 'ar' ? 'ar-u-nu-latn' : 'en-GB');

// Unicode directional isolates (UAX #9). Intl writes an Arabic date in its own order, day first, held
// together by right-to-left marks; but its digits are weak, so text written left to right just before
// it (an email in a table cell, "v3", an English name in a sentence) pulls the day into its own run and
// the date reads scrambled. An isolate makes the date one unit with its language's direction wherever it
// lands: a cell, a translated sentence, a tooltip. The marks are invisible and need no markup.
const RIGHT_TO_LEFT_ISOLATE = '\u2067';
const LEFT_TO_RIGHT_ISOLATE = '\u2066';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

function isolated(text: string, language: Locale): string {
  const open = language === 'ar' ? RIGHT_TO_LEFT_ISOLATE : LEFT_TO_RIGHT_ISOLATE;
  return `${open}${text}${POP_DIRECTIONAL_ISOLATE}`;
}

export function formatDateTime(iso: string, language: Locale): string {
  const text = new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
  return isolated(text, language);
}

export function formatDate(iso: string, language: Locale): string {
  return isolated(
    new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium' }).format(new Date(iso)),
    language,
  );
}

export function formatNumber(value: number, language: Locale): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}
