/**
 * Example values for keys a Blueprint left out or got the type of wrong, so a suggestion can show
 * exactly what to write.
 * @module
 */
import { z } from 'zod';
import { humanize } from '../naming/case.js';
import { pluralOf } from '../naming/plural.js';
import type { PathSegment } from './problem.js';
import { enumOptionsAt, schemaAt } from './schema-walk.js';

/** Keyed by the path with indices replaced by `[]`. Values are JSON text. */
const EXAMPLES: Readonly<Record<string, string>> = {
  schemaVersion: '1',
  name: '"City Clinic"',
  slug: '"city-clinic"',
  locales: '["en"]',
  defaultLocale: '"en"',
  entities:
    '[{ "name": "Patient", "label": { "en": "Patient" }, "pluralLabel": { "en": "Patients" }, "fields": [{ "name": "fullName", "label": { "en": "Full name" }, "type": "string" }] }]',
  'entities[].name': '"Patient"',
  'entities[].fields': '[{ "name": "fullName", "label": { "en": "Full name" }, "type": "string" }]',
  'entities[].fields[].name': '"fullName"',
  'entities[].fields[].values': '[{ "value": "active" }, { "value": "archived" }]',
  'entities[].fields[].values[].value': '"in_stock"',
  'entities[].fields[].currency': '"SAR"',
  'relations[].name': '"patient"',
  'relations[].from': '"Appointment"',
  'relations[].to': '"Patient"',
  roles: '[{ "name": "admin", "label": { "en": "Administrator" }, "administrator": true }]',
  'roles[].name': '"receptionist"',
  'roles[].permissions': '[{ "entity": "Patient", "actions": ["read"] }]',
  'roles[].permissions[].entity': '"Patient"',
  'roles[].permissions[].actions': '["read"]',
  'pages[].name': '"patients"',
  'pages[].path': '"/patients"',
  'navigation[].page': '"patients"',
  'integrations[].provider': '"stripe"',
  'deployment.targets': '["local"]',
  'deployment.dataResidency': '"SA"',
};

const LABEL_KEYS = new Set(['label', 'pluralLabel', 'title', 'group']);

/** The value at `path` in any JSON-like input, or `undefined`. */
export function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function localesOf(input: unknown): string[] {
  const locales = valueAt(input, ['locales']);
  const valid = Array.isArray(locales) ? locales.filter((locale) => typeof locale === 'string') : [];
  return valid.length > 0 ? valid : ['en'];
}

/** `{ "en": "Full name", "ar": "…" }`, built from the sibling `name` when there is one. */
function labelExample(input: unknown, path: readonly PathSegment[]): string {
  const key = path.at(-1);
  const sibling = valueAt(input, [...path.slice(0, -1), 'name']);
  const base = typeof sibling === 'string' && sibling !== '' ? humanize(sibling) : 'Name';
  const text = key === 'pluralLabel' ? pluralOf(base) : base;
  const entries = localesOf(input).map((locale) => `"${locale}": "${locale.startsWith('en') ? text : '…'}"`);
  return `{ ${entries.join(', ')} }`;
}

/** JSON text showing a good value for the key at `path`, e.g. `"string"` or `["en"]`. */
export function exampleValueAt(input: unknown, path: readonly PathSegment[]): string | undefined {
  const key = path.at(-1);
  if (typeof key === 'string' && LABEL_KEYS.has(key)) return labelExample(input, path);
  const normalized = path
    .map((segment) => (typeof segment === 'number' ? '[]' : segment))
    .join('.')
    .replaceAll('.[]', '[]');
  const curated = EXAMPLES[normalized];
  if (curated !== undefined) return curated;
  const options = enumOptionsAt(path);
  if (options.length > 0) {
    return schemaAt(path) instanceof z.ZodArray ? `["${options[0]}"]` : `"${options[0]}"`;
  }
  const schema = schemaAt(path);
  if (schema instanceof z.ZodBoolean) return 'true';
  if (schema instanceof z.ZodNumber) return '0';
  if (schema instanceof z.ZodArray) return '[]';
  return undefined;
}
