/**
 * Word lists behind `reserved.ts`. Kept apart because they are data, not logic.
 * @module
 */

/**
 * PostgreSQL key words marked "reserved" or "reserved (can be function or type)" in the manual's
 * key word appendix: these cannot be used as a bare column or table name.
 */
// prettier-ignore
export const POSTGRESQL_RESERVED_WORDS: ReadonlySet<string> = new Set([
  'all', 'analyse', 'analyze', 'and', 'any', 'array', 'as', 'asc', 'asymmetric', 'authorization',
  'binary', 'both', 'case', 'cast', 'check', 'collate', 'collation', 'column', 'concurrently',
  'constraint', 'create', 'cross', 'current_catalog', 'current_date', 'current_role',
  'current_schema', 'current_time', 'current_timestamp', 'current_user', 'default', 'deferrable',
  'desc', 'distinct', 'do', 'else', 'end', 'except', 'false', 'fetch', 'for', 'foreign', 'freeze',
  'from', 'full', 'grant', 'group', 'having', 'ilike', 'in', 'initially', 'inner', 'intersect',
  'into', 'is', 'isnull', 'join', 'lateral', 'leading', 'left', 'like', 'limit', 'localtime',
  'localtimestamp', 'natural', 'not', 'notnull', 'null', 'offset', 'on', 'only', 'or', 'order',
  'outer', 'overlaps', 'placing', 'primary', 'references', 'returning', 'right', 'select',
  'session_user', 'similar', 'some', 'symmetric', 'system_user', 'table', 'tablesample', 'then',
  'to', 'trailing', 'true', 'union', 'unique', 'user', 'using', 'variadic', 'verbose', 'when',
  'where', 'window', 'with',
]);

/**
 * JavaScript reserved words (including strict-mode and TypeScript's contextual declarations that
 * generated code would trip over) and names that shadow `Object.prototype` members.
 */
// prettier-ignore
export const TYPESCRIPT_RESERVED_WORDS: ReadonlySet<string> = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in',
  'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try',
  'typeof', 'var', 'void', 'while', 'with', 'implements', 'interface', 'let', 'package',
  'private', 'protected', 'public', 'static', 'yield', 'await', 'arguments', 'eval', 'undefined',
  'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty',
]);

/** Properties the generated code adds to every record itself, as camelCase names. */
export const SYSTEM_FIELD_NAMES: readonly string[] = [
  'id',
  'tenantId',
  'ownerId',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'deletedAt',
  'deletedBy',
  'version',
];

/**
 * Entities whose type or table the generated platform already has (accounts, sign-in, audit,
 * access control, tenancy), with names to use instead.
 */
export const INFRASTRUCTURE_ENTITY_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['User', ['Member', 'Account']],
  ['Session', ['Visit', 'Meeting']],
  ['AuditLog', ['ActivityRecord', 'History']],
  ['AuditEntry', ['ActivityRecord', 'History']],
  ['Tenant', ['Organization', 'Branch']],
  ['Membership', ['Enrollment', 'Subscription']],
  ['Role', ['JobTitle', 'Position']],
  ['Permission', ['Approval', 'Authorization']],
  ['ApiToken', ['AccessKey', 'Credential']],
  ['Migration', ['Relocation', 'Transfer']],
]);

/**
 * ECMAScript globals and TypeScript utility types: a generated type with one of these names would
 * shadow the built-in in every module that imports it.
 */
// prettier-ignore
export const TYPESCRIPT_GLOBAL_NAMES: ReadonlySet<string> = new Set([
  'Array', 'ArrayBuffer', 'BigInt', 'Boolean', 'DataView', 'Date', 'Error', 'EvalError',
  'FinalizationRegistry', 'Function', 'Generator', 'Infinity', 'Intl', 'Iterator', 'JSON', 'Map',
  'Math', 'NaN', 'Number', 'Object', 'Promise', 'Proxy', 'RangeError', 'ReferenceError', 'Reflect',
  'RegExp', 'Set', 'String', 'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'WeakMap',
  'WeakRef', 'WeakSet', 'Awaited', 'Capitalize', 'ConstructorParameters', 'Exclude', 'Extract',
  'InstanceType', 'Lowercase', 'NonNullable', 'Omit', 'Parameters', 'Partial', 'Pick',
  'Readonly', 'Record', 'Required', 'ReturnType', 'Uncapitalize', 'Uppercase', 'Buffer',
]);

/** Good replacements for reserved member names that come up in real descriptions. */
export const MEMBER_NAME_ALTERNATIVES: ReadonlyMap<string, readonly string[]> = new Map([
  ['order', ['orderNumber', 'sortOrder']],
  ['group', ['groupName', 'category']],
  ['user', ['member', 'account']],
  ['from', ['sender', 'startsAt']],
  ['to', ['recipient', 'endsAt']],
  ['end', ['endsAt', 'endDate']],
  ['limit', ['maxCount', 'limitAmount']],
  ['offset', ['offsetAmount', 'shift']],
  ['check', ['checkNumber', 'inspection']],
  ['table', ['tableNumber', 'desk']],
  ['column', ['columnName', 'position']],
  ['desc', ['description', 'summary']],
  ['default', ['defaultValue', 'isDefault']],
  ['primary', ['isPrimary', 'main']],
  ['unique', ['isUnique', 'uniqueCode']],
  ['class', ['classroom', 'category']],
  ['package', ['parcel', 'bundle']],
  ['public', ['isPublic', 'visibility']],
  ['private', ['isPrivate', 'visibility']],
  ['new', ['isNew', 'fresh']],
  ['delete', ['isDeleted', 'removal']],
  ['return', ['returnRequest', 'refund']],
  ['case', ['caseNumber', 'matter']],
  ['right', ['entitlement', 'rightSide']],
  ['left', ['remaining', 'leftSide']],
  ['id', ['code', 'reference']],
  ['version', ['revision', 'versionNumber']],
  ['createdBy', ['author', 'submittedBy']],
  ['ownerId', ['assignee', 'responsible']],
]);
