import { pluralOf, tableNameOf, toCamelCase, toKebabCase, toPascalCase } from '../../blueprint/index.js';
import type { Names } from './types.js';

export function namesOf(entityName: string): Names {
  const plural = pluralOf(entityName);
  return {
    pascal: toPascalCase(entityName),
    camel: toCamelCase(entityName),
    kebab: toKebabCase(entityName),
    pluralPascal: toPascalCase(plural),
    pluralCamel: toCamelCase(plural),
    pluralKebab: toKebabCase(plural),
    table: tableNameOf(entityName),
  };
}

/** PostgreSQL truncates identifiers at 63 bytes; names we compare against must be truncated the same way. */
export function identifier(name: string): string {
  return name.slice(0, 63);
}
