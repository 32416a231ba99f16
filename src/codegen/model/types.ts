/**
 * The normalized model every template reads: the Blueprint with names in every case, columns,
 * foreign keys, join tables, both ends of each relation and permissions with inheritance resolved.
 * Built once per generation so templates never re-derive (and never disagree about) a name.
 * @module
 */
import type { Blueprint, DataClass, FieldType, LocalizedText } from '../../contracts/index.js';

export type Scope = 'all' | 'own';
export type CrudActionName = 'create' | 'read' | 'update' | 'delete';
export type EntityPermissions = Record<CrudActionName, Scope | null>;

export interface Names {
  /** `LabResult` */
  pascal: string;
  /** `labResult` */
  camel: string;
  /** `lab-result` */
  kebab: string;
  /** `LabResults` */
  pluralPascal: string;
  /** `labResults` */
  pluralCamel: string;
  /** `lab-results`: the URL segment and the key of permission maps */
  pluralKebab: string;
  /** `lab_results` */
  table: string;
}

export interface FieldModel {
  name: string;
  column: string;
  label: LocalizedText;
  type: FieldType;
  required: boolean;
  unique: boolean;
  default: string | number | boolean | undefined;
  min: number | undefined;
  max: number | undefined;
  minLength: number | undefined;
  maxLength: number | undefined;
  enumValues: { value: string; label: LocalizedText | undefined }[];
  currency: string | undefined;
  dataClass: DataClass;
  /** Health, payment-card and secret values: encrypted at rest, masked in lists. */
  encrypted: boolean;
  /** Included in `q` text search. */
  searchable: boolean;
  /** May be used as `?<field>=<value>` and as a sort key. */
  filterable: boolean;
}

/** A foreign key column held by an entity's table. */
export interface ForeignKeyModel {
  /** `patientId` */
  field: string;
  /** `patient_id` */
  column: string;
  /** The relation name on this side, e.g. `patient`. */
  relationName: string;
  target: string;
  required: boolean;
  unique: boolean;
  onDelete: 'restrict' | 'cascade' | 'set-null';
  /** `appointments_patient_id_fkey`, PostgreSQL's own naming, so errors can be mapped back. */
  constraint: string;
  label: LocalizedText;
}

export interface JoinTableModel {
  /** `course_students` */
  table: string;
  /** Drizzle export name, e.g. `courseStudents` */
  exportName: string;
  ownerEntity: string;
  ownerColumn: string;
  targetEntity: string;
  targetColumn: string;
}

/** A many-to-many link edited from its owning side as `<singular relationName>Ids`, e.g. `genreIds`. */
export interface ManyToManyFieldModel {
  /** `genreIds` for the relation `genres` */
  field: string;
  relationName: string;
  target: string;
  joinTable: JoinTableModel;
  label: LocalizedText;
}

/** A list of related records reachable as `/api/<this>/:id/<segment>`. */
export interface RelatedListModel {
  /** The name on this side, e.g. `appointments`. */
  name: string;
  /** `appointments` */
  segment: string;
  /** The entity whose records are listed. */
  target: string;
  via:
    | { kind: 'foreign-key'; foreignKeyField: string }
    | { kind: 'join-table'; joinTable: JoinTableModel; ownColumn: string; otherColumn: string };
}

export interface EntityModel {
  names: Names;
  label: LocalizedText;
  pluralLabel: LocalizedText;
  description: string | undefined;
  displayField: string;
  fields: FieldModel[];
  foreignKeys: ForeignKeyModel[];
  manyToMany: ManyToManyFieldModel[];
  relatedLists: RelatedListModel[];
  /** Foreign keys elsewhere that point here with on-delete restrict, for the 409 message. */
  restrictedBy: { constraint: string; entity: string }[];
}

export interface RoleModel {
  name: string;
  label: LocalizedText;
  administrator: boolean;
  /** Keyed by the entity's plural kebab name; inheritance resolved, the broader scope wins. */
  permissions: Record<string, EntityPermissions>;
}

export interface CodegenModel {
  blueprint: Blueprint;
  name: string;
  slug: string;
  entities: EntityModel[];
  joinTables: JoinTableModel[];
  roles: RoleModel[];
  /** The role the first user gets. */
  administratorRole: string;
  hasEncryptedFields: boolean;
  /** GDPR or PDPL apply: data-subject export and erasure are generated. */
  dataSubjectRights: boolean;
}
