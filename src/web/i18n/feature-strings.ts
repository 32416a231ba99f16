import { i18next } from './index.js';

/** A feature's strings in both languages, under its own top-level key (e.g. `chat.send`). */
export interface FeatureStrings {
  en: Record<string, unknown>;
  ar: Record<string, unknown>;
}

/**
 * Adds a feature's strings when its code loads: features that load lazily bring their words with them,
 * and no two features edit the same dictionary file. Both languages must have the same keys.
 */
export function addFeatureStrings(key: string, strings: FeatureStrings): void {
  i18next.addResourceBundle('en', 'translation', { [key]: strings.en }, true, true);
  i18next.addResourceBundle('ar', 'translation', { [key]: strings.ar }, true, true);
}
