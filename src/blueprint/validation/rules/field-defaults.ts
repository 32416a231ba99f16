/**
 * A field's `default` must be a value the field could hold: the right JSON type, a listed enum
 * value, an ISO date, inside the field's bounds.
 * @module
 */
import { z } from 'zod';
import type { Field } from '../../../contracts/index.js';
import { closestMatch } from '../../naming/closest.js';
import { type PathSegment, quote } from '../problem.js';
import type { Report, Rule } from './rule.js';

const IsoDateTime = z.iso.datetime({ offset: true });
const Email = z.email();
const Url = z.url();

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Why `value` does not suit `field`, with an example of one that does; `undefined` when it suits. */
function mismatch(field: Field, value: string | number | boolean): { why: string; fix: string } | undefined {
  switch (field.type) {
    case 'integer':
      return Number.isInteger(value) ? undefined : { why: 'a whole number', fix: '"default": 0' };
    case 'decimal':
    case 'money':
      return typeof value === 'number' ? undefined : { why: 'a number', fix: '"default": 0' };
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { why: 'true or false', fix: '"default": false' };
    case 'date':
      return typeof value === 'string' && isIsoDate(value)
        ? undefined
        : { why: 'an ISO date (YYYY-MM-DD)', fix: '"default": "2025-01-31"' };
    case 'datetime':
      return typeof value === 'string' && IsoDateTime.safeParse(value).success
        ? undefined
        : { why: 'an ISO date and time with a time zone', fix: '"default": "2025-01-31T09:00:00Z"' };
    case 'email':
      return typeof value === 'string' && Email.safeParse(value).success
        ? undefined
        : { why: 'an email address', fix: '"default": "info@example.com"' };
    case 'url':
      return typeof value === 'string' && Url.safeParse(value).success
        ? undefined
        : { why: 'a URL', fix: '"default": "https://example.com"' };
    default:
      return typeof value === 'string' ? undefined : { why: 'text', fix: `"default": "${String(value)}"` };
  }
}

function outOfRange(field: Field, value: string | number | boolean): string | undefined {
  if (typeof value === 'number') {
    if (field.min !== undefined && value < field.min) return `below the minimum ${field.min}`;
    if (field.max !== undefined && value > field.max) return `above the maximum ${field.max}`;
  }
  if (typeof value === 'string') {
    if (field.minLength !== undefined && value.length < field.minLength)
      return `shorter than minLength ${field.minLength}`;
    if (field.maxLength !== undefined && value.length > field.maxLength)
      return `longer than maxLength ${field.maxLength}`;
  }
  return undefined;
}

function checkDefault(field: Field, path: readonly PathSegment[], report: Report): void {
  const value = field.default;
  if (value === undefined) return;
  const at = [...path, 'default'];
  const shown = JSON.stringify(value);
  if (field.type === 'json' || field.type === 'file') {
    report(
      'default_not_allowed',
      at,
      `${quote(field.name)} is a ${field.type} field, which cannot have a default`,
      'remove "default"',
    );
    return;
  }
  if (field.type === 'enum') {
    const allowed = (field.values ?? []).map((option) => option.value);
    if (typeof value === 'string' && allowed.includes(value)) return;
    const close = closestMatch(String(value), allowed);
    report(
      'default_not_in_values',
      at,
      `the default ${shown} of ${quote(field.name)} is not one of its values`,
      close
        ? `use ${quote(close)}; allowed: ${allowed.join(', ')}`
        : allowed.length > 0
          ? `use one of: ${allowed.join(', ')}`
          : 'add values to the field, then pick one as the default',
    );
    return;
  }
  const wrong = mismatch(field, value);
  if (wrong) {
    report(
      'default_type_mismatch',
      at,
      `the default ${shown} of the ${field.type} field ${quote(field.name)} must be ${wrong.why}`,
      `write a default of the right kind, e.g. ${wrong.fix}, or remove it`,
    );
    return;
  }
  const range = outOfRange(field, value);
  if (range) {
    report(
      'default_out_of_range',
      at,
      `the default ${shown} of ${quote(field.name)} is ${range}`,
      'change the default or the bounds so the default is allowed',
    );
  }
}

export const checkFieldDefaults: Rule = (blueprint, report) => {
  blueprint.entities.forEach((entity, entityIndex) => {
    entity.fields.forEach((field, fieldIndex) => {
      checkDefault(field, ['entities', entityIndex, 'fields', fieldIndex], report);
    });
  });
};
