/**
 * Draft entities and fields become Blueprint ones: names made safe, labels humanized, bounds kept
 * only where the type has them, and data classes guessed from names.
 * @module
 */
import type { EnumValue, Field, FieldType } from '../../contracts/index.js';
import type { Entity } from '../../contracts/index.js';
import {
  columnNameOf,
  humanize,
  isReservedEntityName,
  isReservedIdentifier,
  reservedEntityReason,
  reservedFieldReason,
  pluralOf,
  tableNameOf,
  toCamelCase,
  toPascalCase,
} from '../../blueprint/index.js';
import { type BuildContext, where } from './build-context.js';
import type { DraftEntity, DraftField } from './draft-model.js';
import { guessDataClass, refineStringType } from './guesses.js';
import {
  clip,
  enumValueOf,
  replacementEntityName,
  replacementMemberName,
  reservedBecause,
} from './naming.js';

/** Columns the generated platform keeps on every record itself: a source field of that name is dropped. */
const PLATFORM_TRACKED_FIELDS = new Set([
  'id', 'tenantId', 'ownerId', 'createdAt', 'createdBy', 'createdDate', 'updatedAt', 'updatedBy',
  'lastModifiedDate', 'lastModifiedBy', 'deletedAt', 'deletedBy',
]); // prettier-ignore

const NUMERIC_TYPES: ReadonlySet<FieldType> = new Set(['integer', 'decimal', 'money']);
const TEXT_TYPES: ReadonlySet<FieldType> = new Set(['string', 'text', 'email', 'phone', 'url']);
/** Longer strings than this are stored as `text`, as JHipster does past 255 characters. */
const LONGEST_STRING = 255;

/** Settles every entity's Blueprint name first, so relations can refer to them. */
export function nameEntities(entities: readonly DraftEntity[], context: BuildContext): void {
  // Two names collide when they differ only in case or would share a table (`Person`, `People`).
  const taken = new Map<string, string>();
  const keysOf = (name: string) => [name.toLowerCase(), tableNameOf(name)];
  const isFree = (name: string) => keysOf(name).every((key) => !taken.has(key));
  const wantedNames = entities.map((entity) => {
    context.declaredEntities.add(entity.source);
    const pascal = toPascalCase(entity.source);
    return /^[A-Z]/.test(pascal) ? pascal : `Entity${pascal}`;
  });
  // Names kept as written go first, so a replacement (`User` → `Member`) cannot take a declared name.
  const order = entities
    .map((entity, index) => ({ entity, wanted: wantedNames[index] ?? entity.source }))
    .sort((a, b) => Number(isReservedEntityName(a.wanted)) - Number(isReservedEntityName(b.wanted)));
  for (const { entity, wanted } of order) {
    const name = replacementEntityName(wanted, isFree);
    if (name === undefined || !isFree(name)) {
      const other = keysOf(name ?? wanted)
        .map((key) => taken.get(key))
        .find((source) => source !== undefined);
      context.problem(
        `entity \`${entity.source}\`${where(entity.at)} becomes \`${name ?? wanted}\`, which ` +
          (other ? `collides with entity \`${other}\`` : 'is reserved and has no free replacement') +
          '; rename one of them',
        entity.at,
      );
      continue;
    }
    if (name !== wanted) {
      const reason = reservedEntityReason(wanted);
      const because = reason ? reservedBecause(reason) : `\`${wanted}\` is reserved`;
      context.notes.warn(`entity \`${entity.source}\` is now \`${name}\`: ${because}`, entity.at);
    }
    for (const key of keysOf(name)) taken.set(key, entity.source);
    context.entityNames.set(entity.source, name);
  }
}

/**
 * @param foreignKeyColumns columns the entity's relations will add (`owner_id`); a field stored in
 * one of them holds the same link, so it is left out.
 */
export function buildEntity(
  draft: DraftEntity,
  foreignKeyColumns: ReadonlySet<string>,
  context: BuildContext,
): Entity | undefined {
  const name = context.entityNames.get(draft.source);
  if (name === undefined) return undefined;
  const fieldNames = new Map<string, string>();
  const fields: Field[] = [];
  for (const draftField of draft.fields) {
    if (foreignKeyColumns.has(columnNameOf(toCamelCase(draftField.source)))) {
      context.notes.info(
        `field \`${name}.${draftField.source}\` left out: it holds the link a relation of \`${name}\` already stores`,
        draftField.at,
      );
      continue;
    }
    const field = buildField(draftField, name, context);
    if (field) {
      fields.push(field);
      fieldNames.set(draftField.source, field.name);
    }
  }
  if (fields.length === 0) {
    const filler = context.membersOf(name).isFree('name', 'name') ? 'name' : 'title';
    context.notes.warn(
      `entity \`${draft.source}\` has no fields WebNova can use; added a \`${filler}\` field, since every entity needs one`,
      draft.at,
    );
    context.membersOf(name).claim(filler, filler);
    fields.push(plainField(filler, 'string'));
  }
  const entity: Entity = {
    name,
    label: { en: clip(draft.label ?? humanize(name), 200) },
    pluralLabel: { en: clip(humanize(pluralOf(name)), 200) },
    fields,
  };
  if (draft.description) entity.description = clip(draft.description, 1000);
  const displayField = draft.displayField === undefined ? undefined : fieldNames.get(draft.displayField);
  if (displayField !== undefined) entity.displayField = displayField;
  return entity;
}

function buildField(draft: DraftField, entity: string, context: BuildContext): Field | undefined {
  const camel = toCamelCase(draft.source);
  if (PLATFORM_TRACKED_FIELDS.has(camel)) {
    context.notes.info(
      `field \`${entity}.${draft.source}\` left out: every WebNova record has its own \`${camel}\``,
      draft.at,
    );
    return undefined;
  }
  const namespace = context.membersOf(entity);
  const isFree = (candidate: string) => namespace.isFree(candidate, columnNameOf(candidate));
  const wanted = /^[a-z]/.test(camel) ? camel : `field${toPascalCase(draft.source)}`;
  const name = replacementMemberName(wanted, toCamelCase(entity), isReservedIdentifier, isFree);
  if (name === undefined || !isFree(name)) {
    context.problem(
      `field \`${entity}.${draft.source}\`${where(draft.at)} becomes \`${name ?? wanted}\`, ` +
        'which another field of the entity already uses; rename one of them',
      draft.at,
    );
    return undefined;
  }
  if (name !== wanted) {
    const reason = reservedFieldReason(wanted);
    const because = reason ? reservedBecause(reason) : `\`${wanted}\` is reserved`;
    context.notes.warn(`field \`${entity}.${draft.source}\` is now \`${name}\`: ${because}`, draft.at);
  }
  namespace.claim(name, columnNameOf(name));
  const type = settleType(draft, name);
  const field = plainField(name, type, clip(draft.label ?? humanize(name), 200));
  field.required = draft.required;
  field.unique = draft.unique;
  field.dataClass =
    draft.dataClass ?? (type === 'email' || type === 'phone' ? 'personal' : guessDataClass(name, entity));
  if (draft.description) field.description = clip(draft.description, 500);
  copyBounds(draft, field, `${entity}.${name}`, context);
  if (type === 'enum') field.values = buildEnumValues(draft, `${entity}.${name}`, context);
  copyDefault(draft, field, `${entity}.${name}`, context);
  return field;
}

function settleType(draft: DraftField, name: string): FieldType {
  if (draft.type !== 'string') return draft.type;
  if ((draft.maxLength ?? 0) > LONGEST_STRING) return 'text';
  return draft.typeIsExplicit ? 'string' : refineStringType(name);
}

function plainField(name: string, type: FieldType, label = humanize(name)): Field {
  return { name, label: { en: label }, type, required: false, unique: false, dataClass: 'none' };
}

function copyBounds(draft: DraftField, field: Field, path: string, context: BuildContext): void {
  const dropped: string[] = [];
  if (NUMERIC_TYPES.has(field.type)) {
    if (draft.min !== undefined) field.min = draft.min;
    if (draft.max !== undefined) field.max = draft.max;
  } else if (draft.min !== undefined || draft.max !== undefined) dropped.push('min/max');
  if (TEXT_TYPES.has(field.type)) {
    if (draft.minLength !== undefined) field.minLength = Math.max(0, Math.trunc(draft.minLength));
    if (draft.maxLength !== undefined)
      field.maxLength = Math.min(1_000_000, Math.max(1, Math.trunc(draft.maxLength)));
  } else if (draft.minLength !== undefined || draft.maxLength !== undefined)
    dropped.push('minimum/maximum length');
  if (dropped.length > 0) {
    context.notes.warn(
      `${dropped.join(' and ')} of \`${path}\` not carried over: a ${field.type} field has none`,
      draft.at,
    );
  }
}

function buildEnumValues(draft: DraftField, path: string, context: BuildContext): EnumValue[] {
  const values: EnumValue[] = [];
  const seen = new Map<string, string>();
  for (const source of draft.values ?? []) {
    const value = enumValueOf(source.source);
    if (value === undefined) {
      context.notes.warn(
        `enum value \`${source.source}\` of \`${path}\` has no letters or digits; left out`,
        draft.at,
      );
      continue;
    }
    const earlier = seen.get(value);
    if (earlier !== undefined) {
      context.problem(
        `enum values \`${earlier}\` and \`${source.source}\` of \`${path}\` both become \`${value}\``,
        draft.at,
      );
      continue;
    }
    seen.set(value, source.source);
    values.push({ value: clip(value, 50), label: { en: clip(source.label ?? humanize(value), 200) } });
  }
  if (values.length === 0)
    context.problem(`enum field \`${path}\`${where(draft.at)} has no values`, draft.at);
  return values;
}

function copyDefault(draft: DraftField, field: Field, path: string, context: BuildContext): void {
  if (draft.default === undefined) return;
  if (field.type === 'enum') {
    const value = enumValueOf(String(draft.default));
    if (value !== undefined && field.values?.some((option) => option.value === value)) field.default = value;
    else
      context.notes.warn(
        `default \`${String(draft.default)}\` of \`${path}\` is not one of its values; left out`,
        draft.at,
      );
    return;
  }
  const suits =
    (typeof draft.default === 'number' && NUMERIC_TYPES.has(field.type)) ||
    (typeof draft.default === 'boolean' && field.type === 'boolean') ||
    (typeof draft.default === 'string' &&
      (TEXT_TYPES.has(field.type) || field.type === 'date' || field.type === 'datetime'));
  const outOfRange =
    typeof draft.default === 'number' &&
    ((field.min !== undefined && draft.default < field.min) ||
      (field.max !== undefined && draft.default > field.max));
  if (suits && !outOfRange)
    field.default = typeof draft.default === 'string' ? clip(draft.default, 500) : draft.default;
  else
    context.notes.warn(
      `default \`${String(draft.default)}\` of \`${path}\` does not suit a ${field.type} field; left out`,
      draft.at,
    );
}
