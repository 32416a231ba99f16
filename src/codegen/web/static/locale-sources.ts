/** The generated web app's language, direction, theme and menu helpers: the same for every Blueprint. */
import type { StaticSource } from './static-source.js';

export const localeSources: StaticSource[] = [
  {
    path: 'web/src/lib/direction.ts',
    body: `/** Languages written right to left; the page mirrors for them through \`dir="rtl"\` and logical CSS. */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ur', 'yi']);

/** \`ar-SA\` → \`ar\`. */
export function languageOf(locale: string): string {
  return locale.split('-')[0] ?? locale;
}

export function directionOf(locale: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(languageOf(locale)) ? 'rtl' : 'ltr';
}
`,
  },
  {
    path: 'web/src/lib/i18n.tsx',
    body: `/**
 * The chosen language: UI strings from the generated dictionaries, Blueprint labels from their
 * LocalizedText, and \`lang\`/\`dir\` on <html> so right-to-left languages mirror the whole page.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { config as configureZodErrors } from 'zod';
import { ar as arabicZodErrors, en as englishZodErrors } from 'zod/locales';
import { defaultLocale, locales, type LocalizedText } from '../app-config.js';
import { dictionaries, type UiStrings } from '../i18n/index.js';
import { directionOf, languageOf } from './direction.js';
import { readStored, writeStored } from './storage.js';

const LOCALE_KEY = 'webnova.locale';

interface I18nState {
  locale: string;
  setLocale: (locale: string) => void;
  /** A UI string, with \`{name}\` placeholders filled in. */
  t: (key: keyof UiStrings, values?: Record<string, string | number>) => string;
  /** A Blueprint label in the current language, falling back to the default language. */
  text: (label: LocalizedText) => string;
}

const I18nContext = createContext<I18nState | null>(null);

function initialLocale(): string {
  const stored = readStored(LOCALE_KEY);
  if (stored && locales.includes(stored)) return stored;
  for (const preferred of navigator.languages) {
    const match = locales.find(
      (locale) => locale === preferred || languageOf(locale) === languageOf(preferred),
    );
    if (match) return match;
  }
  return defaultLocale;
}

/** Validation messages from the shared Zod schemas follow the language too. */
function configureZod(locale: string): void {
  configureZodErrors(languageOf(locale) === 'ar' ? arabicZodErrors() : englishZodErrors());
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState(initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
    configureZod(locale);
  }, [locale]);

  const state = useMemo<I18nState>(() => {
    const strings = dictionaries[locale] ?? dictionaries[defaultLocale];
    return {
      locale,
      setLocale: (next) => {
        writeStored(LOCALE_KEY, next);
        setLocaleState(next);
      },
      t: (key, values = {}) =>
        (strings?.[key] ?? key).replace(/\\{(\\w+)\\}/g, (placeholder, name: string) =>
          name in values ? String(values[name]) : placeholder,
        ),
      text: (label) =>
        label[locale] ??
        label[languageOf(locale)] ??
        label[defaultLocale] ??
        Object.values(label).find((value) => value !== undefined) ??
        '',
    };
  }, [locale]);

  return <I18nContext value={state}>{children}</I18nContext>;
}

export function useI18n(): I18nState {
  const state = useContext(I18nContext);
  if (!state) throw new Error('useI18n must be used inside <I18nProvider>');
  return state;
}

/** The language's own name for itself, e.g. \`العربية\` for \`ar\`. */
export function nativeNameOf(locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
`,
  },
  {
    path: 'web/src/lib/theme.ts',
    body: `/** Light, dark or the system's choice; remembered, applied as \`data-theme\` on <html> (see styles.css). */
import { useEffect, useState } from 'react';
import { readStored, writeStored } from './storage.js';

export type ThemeChoice = 'system' | 'light' | 'dark';

const THEME_KEY = 'webnova.theme';

export function readTheme(): ThemeChoice {
  const stored = readStored(THEME_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
}

export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [theme, setTheme] = useState(readTheme);
  useEffect(() => {
    applyTheme(theme);
    writeStored(THEME_KEY, theme === 'system' ? null : theme);
  }, [theme]);
  return [theme, setTheme];
}
`,
  },
  {
    path: 'web/src/lib/navigation.ts',
    body: `/** The menu: the Blueprint's navigation, keeping only pages the signed-in user may see. */
import { navigation, pages, type LocalizedText, type PageConfig } from '../app-config.js';
import type { useAuth } from './auth.js';

export interface MenuGroup {
  heading: LocalizedText | undefined;
  pages: PageConfig[];
}

type Access = Pick<ReturnType<typeof useAuth>, 'can' | 'hasSomeRole'>;

/** A page is visible to holders of its roles (if it names any) who may read its entity (if it has one). */
export function maySee(page: PageConfig, access: Access): boolean {
  if (!access.hasSomeRole(page.roles)) return false;
  return page.entity === undefined || access.can(page.entity, 'read');
}

export function visibleMenu(access: Access): MenuGroup[] {
  const groups: MenuGroup[] = [];
  for (const item of navigation) {
    const page = pages.find((candidate) => candidate.name === item.page);
    if (!page || page.path.includes(':') || !maySee(page, access)) continue;
    const last = groups.at(-1);
    const sameGroup = last && JSON.stringify(last.heading) === JSON.stringify(item.group);
    if (last && sameGroup) last.pages.push(page);
    else groups.push({ heading: item.group, pages: [page] });
  }
  return groups;
}
`,
  },
];
