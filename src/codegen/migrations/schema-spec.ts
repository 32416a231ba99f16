/**
 * The database schema a codegen model implies, as data: tables, columns, named constraints and
 * indexes. Two specs can be compared name by name, which is how a migration between two Blueprint
 * versions is planned. It describes what `drizzle/0000_initial.sql` creates for the entity tables,
 * join tables and consent records (the fixed system tables never change and are left out).
 * @module
 */
import {
  entityNamed,
  sqlTypeOf,
  type CodegenModel,
  type EntityModel,
  type FieldModel,
} from '../model/index.js';
import { implicitConstraintName, quoted, sqlText, truncated } from './postgres-names.js';

export interface ColumnSpec {
  name: string;
  /** As written in DDL, e.g. `varchar(200)` or `numeric(14, 2)`. */
  type: string;
  notNull: boolean;
  /** A SQL expression, e.g. `'booked'` or `now()`. */
  default: string | undefined;
  /** Where the column comes from, for messages: `Patient.fullName`, `Appointment.patient`. */
  origin: ColumnOrigin;
}

export type ColumnOrigin =
  | { kind: 'field'; entity: string; field: FieldModel }
  | { kind: 'relation'; entity: string; relation: string }
  | { kind: 'system' };

export type ConstraintKind = 'primary-key' | 'unique' | 'check' | 'foreign-key';

export interface ConstraintSpec {
  name: string;
  kind: ConstraintKind;
  columns: string[];
  /** The SQL after `CONSTRAINT "<name>"`; equal definitions mean an unchanged constraint. */
  definition: string;
}

export interface IndexSpec {
  name: string;
  columns: string[];
}

export interface TableSpec {
  name: string;
  /** The entity it stores, for messages; join and consent tables have none. */
  entity: string | undefined;
  columns: ColumnSpec[];
  constraints: ConstraintSpec[];
  indexes: IndexSpec[];
}

export interface SchemaSpec {
  tables: TableSpec[];
}

const SYSTEM: ColumnOrigin = { kind: 'system' };

function idColumn(): ColumnSpec {
  return { name: 'id', type: 'uuid', notNull: true, default: 'gen_random_uuid()', origin: SYSTEM };
}

function timestampColumn(name: string): ColumnSpec {
  return { name, type: 'timestamp with time zone', notNull: true, default: 'now()', origin: SYSTEM };
}

function uuidColumn(name: string, notNull: boolean, origin: ColumnOrigin = SYSTEM): ColumnSpec {
  return { name, type: 'uuid', notNull, default: undefined, origin };
}

export function fieldColumnOf(entity: string, field: FieldModel): ColumnSpec {
  // Ciphertext cannot have a literal default, so an encrypted field is NOT NULL only when required.
  const hasDefault = field.default !== undefined && !field.encrypted;
  return {
    name: field.column,
    type: sqlTypeOf(field),
    notNull: field.required || hasDefault,
    default: hasDefault
      ? typeof field.default === 'string'
        ? sqlText(field.default)
        : String(field.default)
      : undefined,
    origin: { kind: 'field', entity, field },
  };
}

function onDeleteSql(rule: 'restrict' | 'cascade' | 'set-null'): string {
  return rule === 'set-null' ? 'SET NULL' : rule.toUpperCase();
}

function foreignKey(name: string, column: string, target: string, onDelete: string): ConstraintSpec {
  return {
    name,
    kind: 'foreign-key',
    columns: [column],
    definition: `FOREIGN KEY (${quoted(column)}) REFERENCES ${quoted(target)} ("id") ON DELETE ${onDelete}`,
  };
}

function unique(table: string, column: string): ConstraintSpec {
  return {
    name: truncated(`${table}_${column}_key`),
    kind: 'unique',
    columns: [column],
    definition: `UNIQUE (${quoted(column)})`,
  };
}

function entityTable(model: CodegenModel, entity: EntityModel): TableSpec {
  const { table, pascal } = entity.names;
  const enumChecks = entity.fields
    .filter((field) => field.type === 'enum' && !field.encrypted)
    .map((field): ConstraintSpec => ({
      name: truncated(`${table}_${field.column}_check`),
      kind: 'check',
      columns: [field.column],
      definition: `CHECK (${quoted(field.column)} IN (${field.enumValues.map((value) => sqlText(value.value)).join(', ')}))`,
    }));
  return {
    name: table,
    entity: pascal,
    columns: [
      idColumn(),
      ...entity.fields.map((field) => fieldColumnOf(pascal, field)),
      ...entity.foreignKeys.map((key) =>
        uuidColumn(key.column, key.required, {
          kind: 'relation',
          entity: pascal,
          relation: key.relationName,
        }),
      ),
      timestampColumn('created_at'),
      timestampColumn('updated_at'),
      uuidColumn('created_by', false),
    ],
    constraints: [
      {
        name: implicitConstraintName(table, [], 'pkey'),
        kind: 'primary-key',
        columns: ['id'],
        definition: 'PRIMARY KEY ("id")',
      },
      foreignKey(implicitConstraintName(table, ['created_by'], 'fkey'), 'created_by', 'users', 'SET NULL'),
      ...entity.fields.filter((field) => field.unique).map((field) => unique(table, field.column)),
      ...entity.foreignKeys.filter((key) => key.unique).map((key) => unique(table, key.column)),
      ...enumChecks,
      ...entity.foreignKeys.map((key) =>
        foreignKey(
          key.constraint,
          key.column,
          entityNamed(model, key.target).names.table,
          onDeleteSql(key.onDelete),
        ),
      ),
    ],
    indexes: entity.foreignKeys.map((key) => ({
      name: truncated(`${table}_${key.column}_idx`),
      columns: [key.column],
    })),
  };
}

function joinTables(model: CodegenModel): TableSpec[] {
  return model.joinTables.map((join) => {
    const columns = [join.ownerColumn, join.targetColumn];
    const owner = entityNamed(model, join.ownerEntity).names.table;
    const target = entityNamed(model, join.targetEntity).names.table;
    return {
      name: join.table,
      entity: undefined,
      columns: columns.map((column) => uuidColumn(column, true)),
      constraints: [
        {
          name: implicitConstraintName(join.table, [], 'pkey'),
          kind: 'primary-key',
          columns,
          definition: `PRIMARY KEY (${columns.map(quoted).join(', ')})`,
        },
        foreignKey(
          implicitConstraintName(join.table, [join.ownerColumn], 'fkey'),
          join.ownerColumn,
          owner,
          'CASCADE',
        ),
        foreignKey(
          implicitConstraintName(join.table, [join.targetColumn], 'fkey'),
          join.targetColumn,
          target,
          'CASCADE',
        ),
      ],
      indexes: [{ name: truncated(`${join.table}_${join.targetColumn}_idx`), columns: [join.targetColumn] }],
    };
  });
}

function consentsTable(): TableSpec {
  return {
    name: 'consents',
    entity: undefined,
    columns: [
      idColumn(),
      { name: 'subject', type: 'text', notNull: true, default: undefined, origin: SYSTEM },
      uuidColumn('subject_id', true),
      { name: 'purpose', type: 'text', notNull: true, default: undefined, origin: SYSTEM },
      { name: 'granted', type: 'boolean', notNull: true, default: undefined, origin: SYSTEM },
      timestampColumn('recorded_at'),
      uuidColumn('recorded_by', false),
    ],
    constraints: [
      { name: 'consents_pkey', kind: 'primary-key', columns: ['id'], definition: 'PRIMARY KEY ("id")' },
      foreignKey('consents_recorded_by_fkey', 'recorded_by', 'users', 'SET NULL'),
    ],
    indexes: [{ name: 'consents_subject_idx', columns: ['subject_id'] }],
  };
}

/** The schema of a model, in a stable order: consents, entities as declared, then join tables. */
export function schemaSpecOf(model: CodegenModel): SchemaSpec {
  return {
    tables: [
      ...(model.dataSubjectRights ? [consentsTable()] : []),
      ...model.entities.map((entity) => entityTable(model, entity)),
      ...joinTables(model),
    ],
  };
}

/** The column as a CREATE TABLE or ADD COLUMN clause, e.g. `"status" text NOT NULL DEFAULT 'booked'`. */
export function columnDefinition(column: ColumnSpec): string {
  const parts = [quoted(column.name), column.type];
  if (column.notNull) parts.push('NOT NULL');
  if (column.default !== undefined) parts.push(`DEFAULT ${column.default}`);
  return parts.join(' ');
}
