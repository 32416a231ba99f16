/** The generated web app's entity config types, form values and value formatting: the same for every Blueprint. */
import type { StaticSource } from './static-source.js';

export const entityLibSources: StaticSource[] = [
  {
    path: 'web/src/lib/entity-config.ts',
    body: `/** The shape of the per-entity files: what the generic list, detail and form components are driven by. */
import type { ComponentType } from 'react';
import type { ZodType } from 'zod';
import type { LocalizedText } from '../app-config.js';

export type FieldType =
  | 'string'
  | 'text'
  | 'integer'
  | 'decimal'
  | 'money'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'email'
  | 'phone'
  | 'url'
  | 'enum'
  | 'json'
  | 'file';

export interface EnumOption {
  value: string;
  label: LocalizedText;
}

export interface FieldConfig<TName extends string = string> {
  name: TName;
  type: FieldType;
  label: LocalizedText;
  required: boolean;
  options?: EnumOption[];
  currency?: string;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  defaultValue?: string | number | boolean;
  /** Served masked in lists (health, payment-card and secret data). */
  sensitive?: boolean;
}

/** A foreign key (\`patientId\`) or many-to-many link (\`tagIds\`) edited with a picker. */
export interface ReferenceConfig<TName extends string = string> {
  name: TName;
  label: LocalizedText;
  /** The related entity's plural kebab name, e.g. \`patients\`. */
  target: string;
  required: boolean;
  multiple: boolean;
}

/** Records of another entity listed on a detail page, from \`/api/<path>/:id/<segment>\`. */
export interface RelatedListConfig {
  segment: string;
  label: LocalizedText;
  target: string;
}

export interface EntityConfig<TName extends string = string> {
  name: string;
  /** The plural kebab name: the API path and the key of permission maps, e.g. \`lab-results\`. */
  path: string;
  label: LocalizedText;
  pluralLabel: LocalizedText;
  displayField: TName;
  fields: FieldConfig<TName>[];
  references: ReferenceConfig<TName>[];
  /** The fields and references shown as list columns, in order. */
  columns: TName[];
  related: RelatedListConfig[];
  createSchema: ZodType;
  updateSchema: ZodType;
}

/** Checks at compile time that every name used in the config is a property of the entity's record. */
export function defineEntity<TRecord>(config: EntityConfig<Extract<keyof TRecord, string>>): EntityConfig {
  return config;
}

export interface ListProps {
  /** The Blueprint page's title, when the list is shown as one. */
  title?: LocalizedText;
}

export interface DetailProps {
  id: string;
}

export interface FormProps {
  /** The record to edit; absent when creating one. */
  id?: string;
}

/** The pages of one entity, as its file wires them; the router shows them. */
export interface EntityViews {
  config: EntityConfig;
  List: ComponentType<ListProps>;
  Detail: ComponentType<DetailProps>;
  Form: ComponentType<FormProps>;
}
`,
  },
  {
    path: 'web/src/lib/form-values.ts',
    body: `/**
 * Converts between records as the API serves them and what form inputs hold, and builds the request
 * body: numbers from text, ISO datetimes from local time, JSON parsed, empty optional inputs left out.
 */
import type { FieldConfig, ReferenceConfig } from './entity-config.js';

/** What a file input sends: the API stores the bytes and serves the metadata back. */
export interface FilePayload {
  name: string;
  contentType: string;
  size: number;
  dataBase64: string;
}

export type FormValue = string | boolean | string[] | FilePayload | null;
export type FormValues = Record<string, FormValue>;

export interface Payload {
  body: Record<string, unknown>;
  /** Inputs that cannot be turned into a value at all, e.g. JSON that does not parse. */
  invalid: string[];
}

const pad = (part: number): string => String(part).padStart(2, '0');

/** \`2026-03-01T09:30:00.000Z\` → \`2026-03-01T12:30\` in the browser's time zone. */
function toLocalDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = \`\${date.getFullYear()}-\${pad(date.getMonth() + 1)}-\${pad(date.getDate())}\`;
  return \`\${day}T\${pad(date.getHours())}:\${pad(date.getMinutes())}\`;
}

function fieldToForm(field: FieldConfig, value: unknown): FormValue {
  if (field.type === 'boolean') return value === true;
  if (field.type === 'file') return null;
  if (value === null || value === undefined) return '';
  if (field.type === 'datetime') return toLocalDateTime(String(value));
  if (field.type === 'json') return JSON.stringify(value, null, 2);
  return typeof value === 'object' ? JSON.stringify(value) : String(value as string | number);
}

export function initialFormValues(
  fields: FieldConfig[],
  references: ReferenceConfig[],
  record: Record<string, unknown> | undefined,
): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const stored = record ? record[field.name] : field.defaultValue;
    values[field.name] = fieldToForm(field, stored);
  }
  for (const reference of references) {
    const stored = record?.[reference.name];
    if (reference.multiple) values[reference.name] = Array.isArray(stored) ? stored.map(String) : [];
    else values[reference.name] = typeof stored === 'string' ? stored : '';
  }
  return values;
}

const INVALID = Symbol('invalid');

/** Returns the value to send, \`undefined\` to leave the field out, or INVALID when it cannot be read. */
function fieldToBody(field: FieldConfig, value: FormValue): unknown {
  if (field.type === 'boolean') return value === true;
  if (field.type === 'file') return value ?? undefined;
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return undefined;
  // Long text keeps its spacing; a name or number with a stray space does not.
  if (field.type !== 'text' && field.type !== 'json') value = value.trim();
  switch (field.type) {
    case 'integer':
      return Number(value);
    case 'datetime': {
      // datetime-local inputs hold local time; the API takes ISO 8601 with an offset.
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : date.toISOString();
    }
    case 'json':
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return INVALID;
      }
    default:
      return value;
  }
}

/**
 * Builds the body of a create (every filled-in value) or an update (only what changed; a cleared
 * optional value is sent as null so the server clears it).
 */
export function buildPayload(
  fields: FieldConfig[],
  references: ReferenceConfig[],
  values: FormValues,
  initial: FormValues | null,
): Payload {
  const body: Record<string, unknown> = {};
  const invalid: string[] = [];
  const changed = (name: string) =>
    !initial || JSON.stringify(initial[name]) !== JSON.stringify(values[name]);
  for (const field of fields) {
    if (!changed(field.name)) continue;
    const value = fieldToBody(field, values[field.name] ?? null);
    if (value === INVALID) invalid.push(field.name);
    else if (value !== undefined) body[field.name] = value;
    else if (initial && field.type !== 'file') body[field.name] = null;
  }
  for (const reference of references) {
    if (!changed(reference.name)) continue;
    const value = values[reference.name];
    if (Array.isArray(value)) body[reference.name] = value;
    else if (typeof value === 'string' && value !== '') body[reference.name] = value;
    else if (initial) body[reference.name] = null;
  }
  return { body, invalid };
}

export function readFile(file: File): Promise<FilePayload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error(\`Could not read \${file.name}\`));
    reader.onload = () => {
      const dataUrl = String(reader.result);
      resolve({
        name: file.name,
        contentType: file.type || 'application/octet-stream',
        size: file.size,
        dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1),
      });
    };
    reader.readAsDataURL(file);
  });
}
`,
  },
  {
    path: 'web/src/lib/format.ts',
    body: `/** Shows stored values the way a reader expects them in the chosen language. */
import type { LocalizedText } from '../app-config.js';
import type { FieldConfig } from './entity-config.js';

type Translate = (label: LocalizedText) => string;

export function formatValue(
  field: FieldConfig,
  value: unknown,
  locale: string,
  text: Translate,
  yesNo: [string, string],
): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (field.type) {
    case 'boolean':
      return value === true ? yesNo[0] : yesNo[1];
    case 'enum': {
      const option = field.options?.find((candidate) => candidate.value === value);
      return option ? text(option.label) : String(value);
    }
    case 'money':
      return formatNumber(value, locale, field.currency);
    case 'decimal':
    case 'integer':
      return formatNumber(value, locale, undefined);
    case 'date':
      return formatDate(value, locale, { dateStyle: 'medium', timeZone: 'UTC' });
    case 'datetime':
      return formatDate(value, locale, { dateStyle: 'medium', timeStyle: 'short' });
    case 'json':
      return JSON.stringify(value);
    case 'file':
      return typeof value === 'object' && 'name' in value ? String(value.name) : String(value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value as string | number);
  }
}

/** Masked values such as \`••••1234\` are not numbers and are shown as served. */
function formatNumber(value: unknown, locale: string, currency: string | undefined): string {
  const number = typeof value === 'number' ? value : Number(value);
  if (typeof value === 'boolean' || !Number.isFinite(number)) return String(value);
  const options: Intl.NumberFormatOptions = currency ? { style: 'currency', currency } : {};
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 20, ...options }).format(number);
}

function formatDate(value: unknown, locale: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : new Intl.DateTimeFormat(locale, options).format(date);
}
`,
  },
  {
    path: 'web/src/lib/display.ts',
    body: `/** How a record is named when it is linked or picked: its entity's display field, else its id. */
import { entitySummaries } from '../app-config.js';
import type { ApiRecord } from './api.js';

const DATE_STYLES: Record<string, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium', timeZone: 'UTC' },
  datetime: { dateStyle: 'medium', timeStyle: 'short' },
};

export function displayOf(entityPath: string, record: ApiRecord, locale: string): string {
  const summary = entitySummaries[entityPath];
  const value = summary ? record[summary.displayField] : undefined;
  if (value === null || value === undefined || value === '') return record.id;
  const dateStyle = summary ? DATE_STYLES[summary.displayType] : undefined;
  if (dateStyle && typeof value === 'string') {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return new Intl.DateTimeFormat(locale, dateStyle).format(date);
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value as string | number | boolean);
}
`,
  },
];
