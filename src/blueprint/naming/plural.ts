/**
 * Singular and plural forms, and the table and column names generated code derives from Blueprint
 * names. Only the last word of a compound name changes: `SalesPerson` → `SalesPeople`.
 * @module
 */
import pluralize from 'pluralize';
import { toSnakeCase } from './case.js';

/** Splits `LabResult` into `Lab` and `Result`, `lab_result` into `lab_` and `result`. */
function splitLastWord(word: string): [prefix: string, last: string] {
  if (word === word.toUpperCase()) return ['', word];
  const match = /^(.*?)([A-Z]?[a-z]+\d*)$/.exec(word);
  return match ? [match[1] ?? '', match[2] ?? word] : ['', word];
}

/** `person` → `people`, `Category` → `Categories`, `LabResult` → `LabResults`, `staff` → `staff`. */
export function pluralOf(word: string): string {
  const [prefix, last] = splitLastWord(word);
  return prefix + pluralize.plural(last);
}

/** `people` → `person`, `Statuses` → `Status`, `LabResults` → `LabResult`. */
export function singularOf(word: string): string {
  const [prefix, last] = splitLastWord(word);
  return prefix + pluralize.singular(last);
}

/** The table generated for an entity: snake_case plural, e.g. `LabResult` → `lab_results`. */
export function tableNameOf(entityName: string): string {
  return toSnakeCase(pluralOf(entityName));
}

/** The column generated for a field: snake_case, e.g. `nationalId` → `national_id`. */
export function columnNameOf(fieldName: string): string {
  return toSnakeCase(fieldName);
}
