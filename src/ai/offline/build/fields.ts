/**
 * Builds Blueprint fields from lexicon specs or from the words a person used.
 * @module
 */
import type { Field } from '../../../contracts/index.js';
import { typeFromName, sensitivityFromName, dataClassOf } from '../extract/field-inference.js';
import { arabicEnumLabel, fieldEntry, type EntityNature, type FieldSpec } from '../lexicon/index.js';
import { humanize, safeMemberName, toCamel } from '../names.js';

const enumValues = (values: readonly string[]): NonNullable<Field['values']> =>
  values.map((value) => ({ value, label: { en: humanize(value), ...arabicLabel(value) } }));

const arabicLabel = (value: string): { ar?: string } => {
  const ar = arabicEnumLabel(value);
  return ar ? { ar } : {};
};

/** A field from a lexicon key (`nationalId`) or, for unknown keys, from its camelCase name. */
export function fieldFromSpec(spec: FieldSpec, nature: EntityNature): Field {
  const entry = fieldEntry(spec.key);
  const words = humanize(spec.key).toLowerCase();
  const type = spec.values ? 'enum' : (entry?.type ?? typeFromName(words));
  const values = spec.values ?? entry?.values ?? (type === 'enum' ? ['active', 'inactive'] : undefined);
  return {
    name: spec.key,
    label: entry ? { en: entry.en, ar: entry.ar } : { en: humanize(spec.key) },
    type,
    required: spec.required,
    unique: spec.unique,
    dataClass: dataClassOf(entry?.sensitivity ?? sensitivityFromName(words), nature),
    ...(type === 'enum' && values ? { values: enumValues(values) } : {}),
    ...(type === 'money' || type === 'integer' ? { min: 0 } : {}),
  };
}

/** A field named in the text: the lexicon's when it knows the phrase, otherwise inferred from the words. */
export function fieldFromWords(
  words: string,
  nature: EntityNature,
  options: { key?: string; values?: readonly string[]; required?: boolean; unique?: boolean } = {},
): Field {
  const key = options.key ?? safeMemberName(toCamel(words));
  const entry = fieldEntry(key);
  const spec: FieldSpec = {
    key,
    required: options.required ?? false,
    unique: options.unique ?? false,
    ...(options.values && options.values.length > 0 ? { values: options.values } : {}),
  };
  const field = fieldFromSpec(spec, nature);
  if (entry) return field;
  const sensitivity = sensitivityFromName(words);
  return { ...field, label: { en: humanize(key) }, dataClass: dataClassOf(sensitivity, nature) };
}

/** `Pending Review` → `pending_review`: an enum value in lower snake case, or undefined if it has no letters. */
export function enumValueOf(text: string): string | undefined {
  const value = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^[0-9_]+/, '');
  return value.length > 0 && value.length <= 50 ? value : undefined;
}
