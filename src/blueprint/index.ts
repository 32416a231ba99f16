/**
 * Pure Blueprint logic shared by the server, the AI providers, importers, the CLI and the web app:
 * validation with paths and suggestions, structured diffs, the JSON Schema, and naming helpers.
 * Imports only contracts (and `pluralize`): no I/O.
 * @module
 */
export { validateBlueprint, type BlueprintValidation } from './validation/validate-blueprint.js';
export { formatProblems } from './format-problems.js';
export { blueprintJsonSchema, BLUEPRINT_JSON_SCHEMA_ID } from './json-schema.js';
export { diffBlueprints } from './diff/diff-blueprints.js';
export { humanize, toCamelCase, toKebabCase, toPascalCase, toSnakeCase } from './naming/case.js';
export { columnNameOf, pluralOf, singularOf, tableNameOf } from './naming/plural.js';
export {
  isReservedEntityName,
  isReservedIdentifier,
  isTypeScriptReservedWord,
  reservedEntityReason,
  reservedFieldReason,
  reservedPropertyReason,
  saferEntityNames,
  saferMemberNames,
  type ReservedReason,
} from './naming/reserved.js';
export { closestMatch } from './naming/closest.js';
