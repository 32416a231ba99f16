import { humanize } from '../../../../blueprint/index.js';
import { MemberName } from '../../../../contracts/index.js';
import type {
  Blueprint,
  BlueprintInput,
  Field,
  FieldType,
  RenameHints,
} from '../../../../contracts/index.js';

/** A field row in the form; `originalName` ties a renamed field to its old name, so the diff sees a rename. */
export interface DraftField {
  key: string;
  originalName: string | null;
  field: Field;
}

export interface DraftEntity {
  name: string;
  fields: DraftField[];
}

/** What the form edits: the platform name and each entity's fields. Everything else is kept as it was. */
export interface BlueprintDraft {
  name: string;
  entities: DraftEntity[];
}

let nextKey = 0;
const newKey = () => `field-${(nextKey += 1)}`;

export function draftOf(blueprint: Blueprint): BlueprintDraft {
  return {
    name: blueprint.name,
    entities: blueprint.entities.map((entity) => ({
      name: entity.name,
      fields: entity.fields.map((field) => ({ key: newKey(), originalName: field.name, field })),
    })),
  };
}

export function newDraftField(): DraftField {
  return {
    key: newKey(),
    originalName: null,
    field: { name: '', label: { en: '' }, type: 'string', required: false, unique: false, dataClass: 'none' },
  };
}

export type FieldPatch = Partial<Pick<Field, 'name' | 'type' | 'required'>>;

/** Changing the type drops the properties only the old type allowed (enum values, currency, bounds). */
export function patchField(field: Field, patch: FieldPatch): Field {
  if (patch.type === undefined || patch.type === field.type) return { ...field, ...patch };
  const {
    values: _values,
    currency: _currency,
    min: _min,
    max: _max,
    minLength: _minLength,
    maxLength: _maxLength,
    default: _default,
    ...rest
  } = field;
  return { ...rest, ...patch, type: patch.type satisfies FieldType };
}

/** The whole Blueprint to save, with the renames the form knows about. */
export function editOf(
  draft: BlueprintDraft,
  base: Blueprint,
): { blueprint: BlueprintInput; renames: RenameHints } {
  const labelLocale = base.locales.includes('en') ? 'en' : base.defaultLocale;
  const renames: RenameHints = { entities: [], fields: [] };
  const entities = base.entities.map((entity, index) => {
    const fields = draft.entities[index]?.fields ?? [];
    for (const row of fields) {
      // Hints are checked strictly (a bad one refuses the whole request), so only well-formed names are
      // hinted; a bad new name is then reported by validation at its field, where the user can fix it.
      const validName = MemberName.safeParse(row.field.name).success;
      if (row.originalName && validName && row.originalName !== row.field.name) {
        renames.fields.push({ entity: entity.name, from: row.originalName, to: row.field.name });
      }
    }
    return {
      ...entity,
      fields: fields.map((row) =>
        // A new field's label follows its name until someone writes one.
        row.originalName === null
          ? { ...row.field, label: { [labelLocale]: humanize(row.field.name) || row.field.name || '?' } }
          : row.field,
      ),
    };
  });
  return { blueprint: { ...base, name: draft.name, entities }, renames };
}
