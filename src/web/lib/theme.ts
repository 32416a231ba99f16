import { useSyncExternalStore } from 'react';

export const THEMES = ['light', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];

// Same key as public/preferences-init.js, which applies the theme before the first paint.
const STORAGE_KEY = 'webnova.theme';
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
const listeners = new Set<() => void>();

function readTheme(): Theme {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return THEMES.find((theme) => theme === stored) ?? 'system';
  } catch {
    return 'system';
  }
}

let currentTheme = readTheme();

function applyTheme(): void {
  const dark = currentTheme === 'dark' || (currentTheme === 'system' && darkQuery.matches);
  document.documentElement.classList.toggle('dark', dark);
}

export function setTheme(theme: Theme): void {
  currentTheme = theme;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Not remembered, still applied.
  }
  applyTheme();
  listeners.forEach((listener) => listener());
}

// "System" follows the operating system live, not only at load.
darkQuery.addEventListener('change', applyTheme);
applyTheme();

export function useTheme(): Theme {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => currentTheme,
  );
}
