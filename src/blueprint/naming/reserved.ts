/**
 * Whether a Blueprint name is safe once generated code turns it into identifiers: a TypeScript
 * property or type, a PostgreSQL column or table. Decided from the identifiers actually generated,
 * so `Order` (table `orders`) is fine while a field `order` (column `order`) is not.
 * @module
 */
import { toCamelCase, toPascalCase } from './case.js';
import { columnNameOf, tableNameOf } from './plural.js';
import {
  INFRASTRUCTURE_ENTITY_NAMES,
  MEMBER_NAME_ALTERNATIVES,
  POSTGRESQL_RESERVED_WORDS,
  SYSTEM_FIELD_NAMES,
  TYPESCRIPT_GLOBAL_NAMES,
  TYPESCRIPT_RESERVED_WORDS,
} from './reserved-words.js';

/** Why a name cannot be used: which generated identifier would break, and the word it hits. */
export interface ReservedReason {
  kind: 'system' | 'postgresql' | 'typescript' | 'infrastructure' | 'typescript-global';
  /** The generated identifier that is reserved, e.g. `order` or `created_at`. */
  identifier: string;
}

const SYSTEM_COLUMNS = new Set(SYSTEM_FIELD_NAMES.map(columnNameOf));
const INFRASTRUCTURE_TABLES = new Map(
  [...INFRASTRUCTURE_ENTITY_NAMES.keys()].map((name) => [tableNameOf(name), name]),
);

/** Checks the generated columns only, for names (such as foreign keys) that are never properties. */
export function reservedColumnReason(column: string): ReservedReason | undefined {
  if (SYSTEM_COLUMNS.has(column)) return { kind: 'system', identifier: column };
  if (POSTGRESQL_RESERVED_WORDS.has(column)) return { kind: 'postgresql', identifier: column };
  return undefined;
}

/** Checks a camelCase name that becomes a TypeScript property and nothing else (relations, roles). */
export function reservedPropertyReason(name: string): ReservedReason | undefined {
  if (SYSTEM_COLUMNS.has(columnNameOf(name))) return { kind: 'system', identifier: name };
  if (TYPESCRIPT_RESERVED_WORDS.has(name)) return { kind: 'typescript', identifier: name };
  return undefined;
}

/** Checks a field name, which becomes both a camelCase property and a snake_case column. */
export function reservedFieldReason(name: string): ReservedReason | undefined {
  return reservedPropertyReason(name) ?? reservedColumnReason(columnNameOf(name));
}

/** True when a field name would generate a reserved property or column. */
export function isReservedIdentifier(name: string): boolean {
  return reservedFieldReason(name) !== undefined;
}

/** Checks an entity name, which becomes a TypeScript type and a snake_case plural table. */
export function reservedEntityReason(name: string): ReservedReason | undefined {
  const table = tableNameOf(name);
  const infrastructure = INFRASTRUCTURE_TABLES.get(table);
  if (infrastructure !== undefined) return { kind: 'infrastructure', identifier: infrastructure };
  if (TYPESCRIPT_GLOBAL_NAMES.has(name)) return { kind: 'typescript-global', identifier: name };
  if (POSTGRESQL_RESERVED_WORDS.has(table)) return { kind: 'postgresql', identifier: table };
  return undefined;
}

export function isReservedEntityName(name: string): boolean {
  return reservedEntityReason(name) !== undefined;
}

/**
 * Safe replacements for a reserved member name, e.g. `order` → `orderNumber`, `sortOrder`. `owner`
 * (such as the entity's name in camelCase) makes a fallback like `patientStatus` when no curated
 * replacement exists.
 */
export function saferMemberNames(name: string, owner?: string): string[] {
  const curated = MEMBER_NAME_ALTERNATIVES.get(name);
  const candidates = curated
    ? [...curated]
    : [owner ? toCamelCase(`${owner} ${name}`) : undefined, `${name}Value`];
  return candidates.filter(
    (candidate): candidate is string => candidate !== undefined && !isReservedIdentifier(candidate),
  );
}

/** Safe replacements for a reserved entity name, e.g. `User` → `Member`, `Account`. */
export function saferEntityNames(name: string): string[] {
  const reason = reservedEntityReason(name);
  const curated =
    reason?.kind === 'infrastructure' ? INFRASTRUCTURE_ENTITY_NAMES.get(reason.identifier) : undefined;
  const candidates = curated ? [...curated] : [toPascalCase(`${name} record`), toPascalCase(`${name} item`)];
  return candidates.filter((candidate) => !isReservedEntityName(candidate));
}

/** True for JavaScript and TypeScript reserved words, e.g. `class` or `default`. */
export function isTypeScriptReservedWord(name: string): boolean {
  return TYPESCRIPT_RESERVED_WORDS.has(name);
}
