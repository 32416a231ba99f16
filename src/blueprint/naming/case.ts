/**
 * Case conversions between the forms a Blueprint name takes: PascalCase types, camelCase
 * properties, snake_case columns, kebab-case paths and humanized labels.
 * @module
 */

/**
 * Splits an identifier or phrase into words: `nationalID` → `national`, `ID`; `lab results` → `lab`,
 * `results`; `in_stock` → `in`, `stock`. Digits stay with the letters before them (`address2`), as in
 * Drizzle's snake_case casing, so our column names match the ones Drizzle would derive.
 */
export function wordsOf(text: string): string[] {
  const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain.match(/[A-Z]+(?![a-z])[\d]*|[A-Z]?[a-z\d]+/g) ?? [];
}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** `Full name` → `fullName`, `national_id` → `nationalId`, `NationalID` → `nationalId`. */
export function toCamelCase(text: string): string {
  const words = wordsOf(text);
  return words.map((word, index) => (index === 0 ? word.toLowerCase() : capitalize(word))).join('');
}

/** `lab result` → `LabResult`, `lab_result` → `LabResult`. */
export function toPascalCase(text: string): string {
  return wordsOf(text).map(capitalize).join('');
}

/** `LabResult` → `lab_result`, `nationalID` → `national_id`. */
export function toSnakeCase(text: string): string {
  return wordsOf(text)
    .map((word) => word.toLowerCase())
    .join('_');
}

/** `LabResult` → `lab-result`, `STC Pay` → `stc-pay`. */
export function toKebabCase(text: string): string {
  return wordsOf(text)
    .map((word) => word.toLowerCase())
    .join('-');
}

/** `dueDate` → `Due date`, `nationalID` → `National ID` (acronyms keep their capitals). */
export function humanize(text: string): string {
  const words = wordsOf(text).map((word) => (isAcronym(word) ? word : word.toLowerCase()));
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function isAcronym(word: string): boolean {
  return word.length > 1 && /^[A-Z]+\d*$/.test(word);
}
