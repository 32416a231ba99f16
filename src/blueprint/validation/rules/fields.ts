/**
 * Field properties that depend on the field's type: enum values, numeric bounds, length bounds,
 * currency; and each entity's display field.
 * @module
 */
import type { Field, FieldType } from '../../../contracts/index.js';
import { type PathSegment, quote } from '../problem.js';
import { type Report, type Rule, forEachRepeat, pointToExisting } from './rule.js';

const NUMERIC_TYPES: ReadonlySet<FieldType> = new Set(['integer', 'decimal', 'money']);
const TEXT_TYPES: ReadonlySet<FieldType> = new Set(['string', 'text', 'email', 'phone', 'url']);

function checkEnumValues(field: Field, path: readonly PathSegment[], report: Report): void {
  if (field.type !== 'enum') {
    if (field.values !== undefined) {
      report(
        'values_not_allowed',
        [...path, 'values'],
        `the field ${quote(field.name)} has values but its type is ${quote(field.type)}; only enum fields take values`,
        'set "type": "enum" if it is a choice from a list, or remove "values"',
      );
    }
    return;
  }
  if (field.values === undefined || field.values.length === 0) {
    report(
      'enum_values_missing',
      field.values === undefined ? path : [...path, 'values'],
      `the enum field ${quote(field.name)} lists no values to choose from`,
      'add its values, e.g. "values": [{ "value": "active" }, { "value": "archived" }]',
    );
    return;
  }
  forEachRepeat(
    field.values,
    (option) => option.value,
    (option, index, first) =>
      report(
        'duplicate_enum_value',
        [...path, 'values', index, 'value'],
        `the value ${quote(option.value)} appears twice in ${quote(field.name)} (also values[${first}])`,
        'remove the repeated value',
      ),
  );
}

function checkBounds(field: Field, path: readonly PathSegment[], report: Report): void {
  const numeric = NUMERIC_TYPES.has(field.type);
  const textual = TEXT_TYPES.has(field.type);
  for (const key of ['min', 'max'] as const) {
    if (field[key] === undefined || numeric) continue;
    report(
      'bounds_not_allowed',
      [...path, key],
      `${quote(key)} limits the value of integer, decimal and money fields, but ${quote(field.name)} is ${quote(field.type)}`,
      textual ? `use ${quote(`${key}Length`)} to limit the length of text` : `remove ${quote(key)}`,
    );
  }
  for (const key of ['minLength', 'maxLength'] as const) {
    if (field[key] === undefined || textual) continue;
    report(
      'length_not_allowed',
      [...path, key],
      `${quote(key)} limits the length of string, text, email, phone and url fields, but ${quote(field.name)} is ${quote(field.type)}`,
      numeric
        ? `use ${quote(key === 'minLength' ? 'min' : 'max')} to limit the value`
        : `remove ${quote(key)}`,
    );
  }
  if (numeric && field.min !== undefined && field.max !== undefined && field.min > field.max) {
    report(
      'bounds_inverted',
      [...path, 'max'],
      `${quote(field.name)} has min ${field.min} above max ${field.max}, so no value could be valid`,
      'swap min and max, or correct one of them',
    );
  }
  if (
    textual &&
    field.minLength !== undefined &&
    field.maxLength !== undefined &&
    field.minLength > field.maxLength
  ) {
    report(
      'bounds_inverted',
      [...path, 'maxLength'],
      `${quote(field.name)} has minLength ${field.minLength} above maxLength ${field.maxLength}, so no text could be valid`,
      'swap minLength and maxLength, or correct one of them',
    );
  }
  if (field.currency !== undefined && field.type !== 'money') {
    report(
      'currency_not_allowed',
      [...path, 'currency'],
      `${quote(field.name)} has a currency but its type is ${quote(field.type)}; only money fields have one`,
      'set "type": "money" if it is an amount of money, or remove "currency"',
    );
  }
}

export const checkFields: Rule = (blueprint, report) => {
  blueprint.entities.forEach((entity, entityIndex) => {
    entity.fields.forEach((field, fieldIndex) => {
      const path = ['entities', entityIndex, 'fields', fieldIndex];
      checkEnumValues(field, path, report);
      checkBounds(field, path, report);
    });
    const display = entity.displayField;
    if (display !== undefined && !entity.fields.some((field) => field.name === display)) {
      const fieldNames = entity.fields.map((field) => field.name);
      report(
        'display_field_missing',
        ['entities', entityIndex, 'displayField'],
        `the display field ${quote(display)} is not a field of ${quote(entity.name)}`,
        pointToExisting(display, fieldNames, 'field', 'remove "displayField" to use the first text field'),
      );
    }
  });
};
