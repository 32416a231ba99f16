import type { LocalizedText } from '../../../../contracts/index.js';

/** The text in the UI's language when the Blueprint has it, else its default locale, else any. */
export function localized(text: LocalizedText | undefined, language: string, defaultLocale: string): string {
  if (!text) return '';
  const exact =
    text[language] ?? Object.entries(text).find(([locale]) => locale.startsWith(`${language}-`))?.[1];
  return exact ?? text[defaultLocale] ?? Object.values(text)[0] ?? '';
}
