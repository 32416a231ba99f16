/**
 * Corrected forms of a value that failed one of the contract's patterns: `lab results` → `LabResult`,
 * `Full Name` → `fullName`, `In Stock` → `in_stock`, `STC Pay` → `stc-pay`, `en_us` → `en-US`.
 * @module
 */
import { toCamelCase, toKebabCase, toPascalCase, toSnakeCase } from '../naming/case.js';
import { singularOf } from '../naming/plural.js';

const fixLocale = (text: string): string => {
  const [language = '', region] = text.trim().split(/[-_\s]+/);
  return region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase();
};

const fixUrlPath = (text: string): string =>
  '/' +
  text
    .split('/')
    .filter((part) => part.trim() !== '')
    .map((part) => (part.startsWith(':') ? `:${toCamelCase(part).toLowerCase()}` : toKebabCase(part)))
    .join('/');

/** Tried in order; the first that matches the pattern wins, so the gentlest rewrite is preferred. */
const REWRITES: readonly ((text: string) => string)[] = [
  toCamelCase,
  (text) => singularOf(toPascalCase(text)),
  toSnakeCase,
  toKebabCase,
  (text) => text.trim().toUpperCase(),
  fixLocale,
  fixUrlPath,
];

/** Parses the `/source/flags` form Zod reports a pattern in. */
function parsePattern(pattern: string): RegExp | undefined {
  const match = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  try {
    return match ? new RegExp(match[1] ?? '', match[2]) : new RegExp(pattern);
  } catch {
    return undefined;
  }
}

/** A rewrite of `text` that matches `pattern` and keeps its words, or `undefined` when none does. */
export function correctedToPattern(text: string, pattern: string): string | undefined {
  const regex = parsePattern(pattern);
  if (!regex) return undefined;
  for (const rewrite of REWRITES) {
    const candidate = rewrite(text);
    if (candidate !== '' && candidate !== text && regex.test(candidate)) return candidate;
  }
  return undefined;
}
