/**
 * The Blueprint: the single source of truth for one platform. Everything WebNova builds (code,
 * database, deployment) is derived from it, so its shape is strict: unknown fields are refused.
 *
 * This file holds the *shape*. Rules that need the whole document (unique names, relation targets,
 * role inheritance cycles, reserved words) live in `src/blueprint` and report a path and a suggestion.
 * @module
 */
import { z } from 'zod';

/** Bumped when a Blueprint written by an older WebNova needs upcasting to be read. */
export const BLUEPRINT_SCHEMA_VERSION = 1;

/** A language tag: `en`, `ar`, or a region variant such as `ar-SA` or `en-GB`. */
export const BlueprintLocale = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'must be a language tag such as en, ar or ar-SA' });

/** Text in each of the Blueprint's locales, e.g. `{ "en": "Patient", "ar": "مريض" }`. */
export const LocalizedText = z
  .record(BlueprintLocale, z.string().trim().min(1).max(200))
  .refine((text) => Object.keys(text).length > 0, { error: 'needs text in at least one locale' });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Entity names are singular PascalCase (`Patient`, `LabResult`): they become TypeScript types. */
export const EntityName = z
  .string()
  .min(1)
  .max(50)
  .regex(/^[A-Z][A-Za-z0-9]*$/, { error: 'must be singular PascalCase such as Patient or LabResult' });

/** Field, relation, role and page names are camelCase (`nationalId`): they become columns and properties. */
export const MemberName = z
  .string()
  .min(1)
  .max(50)
  .regex(/^[a-z][A-Za-z0-9]*$/, { error: 'must be camelCase such as nationalId or dueDate' });

export const DOMAINS = [
  'financial',
  'healthcare',
  'government',
  'education',
  'enterprise',
  'commerce',
  'other',
] as const;
export const Domain = z.enum(DOMAINS);
export type Domain = z.infer<typeof Domain>;

export const FIELD_TYPES = [
  'string',
  'text',
  'integer',
  'decimal',
  'money',
  'boolean',
  'date',
  'datetime',
  'email',
  'phone',
  'url',
  'enum',
  'json',
  'file',
] as const;
export const FieldType = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldType>;

/**
 * How sensitive a field's values are. `health`, `payment-card` and `secret` are encrypted at rest and
 * masked in lists by generated code; `personal` is covered by data-subject export and erasure.
 */
export const DATA_CLASSES = ['none', 'personal', 'health', 'payment-card', 'secret'] as const;
export const DataClass = z.enum(DATA_CLASSES);
export type DataClass = z.infer<typeof DataClass>;

export const EnumValue = z.strictObject({
  /** Stored value: lower snake case, e.g. `paid`, `in_stock`. */
  value: z
    .string()
    .min(1)
    .max(50)
    .regex(/^[a-z][a-z0-9_]*$/, { error: 'must be lower snake case such as paid or in_stock' }),
  label: LocalizedText.optional(),
});
export type EnumValue = z.infer<typeof EnumValue>;

export const Field = z.strictObject({
  name: MemberName,
  label: LocalizedText,
  description: z.string().max(500).optional(),
  type: FieldType,
  required: z.boolean().default(false),
  unique: z.boolean().default(false),
  /** A literal default; its type must suit the field (checked semantically). */
  default: z.union([z.string().max(500), z.number(), z.boolean()]).optional(),
  /** Bounds of the value for integer, decimal and money fields. */
  min: z.number().optional(),
  max: z.number().optional(),
  /** Bounds of the length for string, text, email, phone and url fields. */
  minLength: z.number().int().min(0).optional(),
  maxLength: z.number().int().min(1).max(1_000_000).optional(),
  /** The allowed values of an `enum` field (required for enums, refused elsewhere). */
  values: z.array(EnumValue).max(200).optional(),
  /** ISO 4217 currency of a `money` field, e.g. `SAR`. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code such as SAR or USD' })
    .optional(),
  dataClass: DataClass.default('none'),
});
export type Field = z.infer<typeof Field>;
export type FieldInput = z.input<typeof Field>;

export const Entity = z.strictObject({
  name: EntityName,
  label: LocalizedText,
  pluralLabel: LocalizedText,
  description: z.string().max(1000).optional(),
  /** The field shown when a record is picked or linked (defaults to the first string field). */
  displayField: MemberName.optional(),
  fields: z.array(Field).min(1).max(200),
});
export type Entity = z.infer<typeof Entity>;

/**
 * - `belongs-to`: many `from` records point at one `to` record (the foreign key sits on `from`);
 * - `has-one`: one `from` record points at at most one `to` record (a unique foreign key on `from`);
 * - `has-many`: one `from` record owns many `to` records (the foreign key sits on `to`);
 * - `many-to-many`: a join table links both sides.
 */
export const RELATION_KINDS = ['belongs-to', 'has-one', 'has-many', 'many-to-many'] as const;
export const RelationKind = z.enum(RELATION_KINDS);
export type RelationKind = z.infer<typeof RelationKind>;

export const ON_DELETE_RULES = ['restrict', 'cascade', 'set-null'] as const;
export const OnDelete = z.enum(ON_DELETE_RULES);

export const Relation = z.strictObject({
  /** The name on the `from` side, e.g. `patient` on Appointment. Unique per `from` entity. */
  name: MemberName,
  kind: RelationKind,
  from: EntityName,
  to: EntityName,
  /** The name on the `to` side, e.g. `appointments` on Patient. */
  inverseName: MemberName.optional(),
  label: LocalizedText.optional(),
  required: z.boolean().default(false),
  /** What happens to dependent records when the referenced record is deleted. */
  onDelete: OnDelete.default('restrict'),
});
export type Relation = z.infer<typeof Relation>;

export const CRUD_ACTIONS = ['create', 'read', 'update', 'delete'] as const;
export const CrudAction = z.enum(CRUD_ACTIONS);
export type CrudAction = z.infer<typeof CrudAction>;

export const Permission = z.strictObject({
  entity: EntityName,
  actions: z.array(CrudAction).min(1).max(4),
  /** `own`: only records the user created. */
  scope: z.enum(['all', 'own']).default('all'),
});
export type Permission = z.infer<typeof Permission>;

export const Role = z.strictObject({
  name: MemberName,
  label: LocalizedText,
  description: z.string().max(500).optional(),
  /** The platform's first user gets an administrator role; administrators may manage users. */
  administrator: z.boolean().default(false),
  /** Roles whose permissions this role also has. */
  inherits: z.array(MemberName).max(20).default([]),
  permissions: z.array(Permission).max(500).default([]),
});
export type Role = z.infer<typeof Role>;

export const PAGE_KINDS = ['dashboard', 'entity-list', 'entity-detail', 'entity-form', 'custom'] as const;

export const Page = z.strictObject({
  name: MemberName,
  title: LocalizedText,
  kind: z.enum(PAGE_KINDS),
  /** Required for the entity page kinds. */
  entity: EntityName.optional(),
  /** URL path inside the platform, e.g. `/patients`. */
  path: z
    .string()
    .max(200)
    .regex(/^\/[a-z0-9\-/:]*$/, { error: 'must be a path such as /patients or /patients/:id' }),
  /** Roles that see the page; empty means every signed-in role that may read its entity. */
  roles: z.array(MemberName).max(50).default([]),
});
export type Page = z.infer<typeof Page>;

export const NavigationItem = z.strictObject({
  page: MemberName,
  /** A heading to group items under in the menu. */
  group: LocalizedText.optional(),
});
export type NavigationItem = z.infer<typeof NavigationItem>;

export const COMPLIANCE_REGIMES = ['HIPAA', 'PCI-DSS', 'GDPR', 'PDPL', 'NCA-ECC'] as const;
export const ComplianceRegime = z.enum(COMPLIANCE_REGIMES);
export type ComplianceRegime = z.infer<typeof ComplianceRegime>;

export const INTEGRATION_CATEGORIES = [
  'payment',
  'email',
  'sms',
  'storage',
  'identity',
  'maps',
  'analytics',
  'messaging',
  'government',
  'ai',
  'other',
] as const;

export const Integration = z.strictObject({
  category: z.enum(INTEGRATION_CATEGORIES),
  /** Provider key in kebab case, e.g. `stripe`, `paypal`, `moyasar`, `stc-pay`. */
  provider: z
    .string()
    .min(1)
    .max(50)
    .regex(/^[a-z][a-z0-9-]*$/, { error: 'must be kebab case such as stripe or stc-pay' }),
  purpose: z.string().max(300).optional(),
});
export type Integration = z.infer<typeof Integration>;

export const DEPLOYMENT_TARGETS = ['local', 'docker', 'kubernetes'] as const;
export const DeploymentTarget = z.enum(DEPLOYMENT_TARGETS);

export const Deployment = z.strictObject({
  targets: z.array(DeploymentTarget).min(1).max(3).default(['local']),
  /** Where the data must stay: `any`, `EU`, or an ISO 3166 country code such as `SA`. */
  dataResidency: z
    .string()
    .regex(/^(any|EU|[A-Z]{2})$/, { error: 'must be any, EU or a country code such as SA' })
    .default('any'),
});
export type Deployment = z.infer<typeof Deployment>;

export const Blueprint = z.strictObject({
  schemaVersion: z.literal(BLUEPRINT_SCHEMA_VERSION),
  name: z.string().trim().min(1).max(120),
  slug: z
    .string()
    .min(2)
    .max(63)
    .regex(/^[a-z][a-z0-9-]*[a-z0-9]$/, { error: 'must be lower kebab case such as city-clinic' }),
  description: z.string().max(5000).default(''),
  domain: Domain,
  locales: z.array(BlueprintLocale).min(1).max(20),
  defaultLocale: BlueprintLocale,
  entities: z.array(Entity).min(1).max(500),
  relations: z.array(Relation).max(2000).default([]),
  roles: z.array(Role).min(1).max(100),
  pages: z.array(Page).max(2000).default([]),
  navigation: z.array(NavigationItem).max(500).default([]),
  compliance: z.array(ComplianceRegime).max(COMPLIANCE_REGIMES.length).default([]),
  integrations: z.array(Integration).max(100).default([]),
  deployment: Deployment.default({ targets: ['local'], dataResidency: 'any' }),
});
/** A Blueprint as stored and used: every default filled in. */
export type Blueprint = z.infer<typeof Blueprint>;
/** A Blueprint as written by a person or a model: defaults may be left out. */
export type BlueprintInput = z.input<typeof Blueprint>;

/** One problem found in a Blueprint, with where it is and what to do about it. */
export const BlueprintProblem = z.object({
  /** A stable code, e.g. `relation_target_missing`, `reserved_word`, `shape`. */
  code: z.string(),
  /** Readable location, e.g. `entities[2].fields[0].name`; empty for the whole document. */
  path: z.string(),
  /** The same location as a JSON Pointer, e.g. `/entities/2/fields/0/name`, for editors. */
  pointer: z.string(),
  message: z.string(),
  suggestion: z.string(),
});
export type BlueprintProblem = z.infer<typeof BlueprintProblem>;

/** One property that differs between two versions, e.g. `{ path: 'required', before: false, after: true }`. */
export const PropertyChange = z.object({
  path: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type PropertyChange = z.infer<typeof PropertyChange>;

export const Rename = z.object({
  from: z.string(),
  to: z.string(),
  /** `hint`: the revision said so; `inferred`: an unambiguous match of everything but the name. */
  detectedBy: z.enum(['hint', 'inferred']),
});
export type Rename = z.infer<typeof Rename>;

export const FieldsDiff = z.object({
  added: z.array(Field),
  removed: z.array(Field),
  renamed: z.array(Rename.extend({ changes: z.array(PropertyChange) })),
  changed: z.array(z.object({ name: z.string(), changes: z.array(PropertyChange) })),
});
export type FieldsDiff = z.infer<typeof FieldsDiff>;

/**
 * What changed between two Blueprint versions, in a structured form: the input from which the code
 * generator writes a database migration. Renamed entities and fields appear only under `renamed`.
 */
export const BlueprintDiff = z.object({
  entities: z.object({
    added: z.array(Entity),
    removed: z.array(Entity),
    renamed: z.array(Rename),
    /** Entities present in both (after renames) whose properties or fields differ. */
    changed: z.array(z.object({ name: z.string(), changes: z.array(PropertyChange), fields: FieldsDiff })),
  }),
  relations: z.object({
    added: z.array(Relation),
    removed: z.array(Relation),
    /** Keyed `<from>.<name>`, e.g. `Appointment.patient`. */
    changed: z.array(z.object({ key: z.string(), changes: z.array(PropertyChange) })),
  }),
  roles: z.object({
    added: z.array(Role),
    removed: z.array(Role),
    changed: z.array(z.object({ name: z.string(), changes: z.array(PropertyChange) })),
  }),
  /** Everything else: name, slug, description, domain, locales, pages, navigation, compliance, … */
  settings: z.array(PropertyChange),
  /** True when the two versions are equivalent. */
  empty: z.boolean(),
});
export type BlueprintDiff = z.infer<typeof BlueprintDiff>;

/** Renames the author of a revision declared, so the diff does not see a drop and an add. */
export const RenameHints = z.strictObject({
  entities: z.array(z.strictObject({ from: EntityName, to: EntityName })).default([]),
  fields: z.array(z.strictObject({ entity: EntityName, from: MemberName, to: MemberName })).default([]),
});
export type RenameHints = z.infer<typeof RenameHints>;
