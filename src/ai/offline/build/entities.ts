/**
 * Blueprint entities from the lexicon or from the words a person used, and merging the fields the
 * text lists into them.
 * @module
 */
import pluralize from 'pluralize';
import type { Entity, Field } from '../../../contracts/index.js';
import type { NamedField } from '../extract/field-lists.js';
import { natureFromName } from '../extract/field-inference.js';
import { entityEntry, parseFieldSpec, type EntityNature } from '../lexicon/index.js';
import { humanize } from '../names.js';
import { fieldFromSpec, fieldFromWords } from './fields.js';
import type { Inferences } from './inferences.js';

export function natureOf(entityName: string): EntityNature {
  return entityEntry(entityName)?.nature ?? natureFromName(humanize(entityName));
}

/** A lexicon entity with its usual fields, or a sensible default for a noun no lexicon knows. */
export function newEntity(name: string): Entity {
  const entry = entityEntry(name);
  if (entry) {
    return withDisplayField({
      name,
      label: { en: entry.en, ar: entry.ar },
      pluralLabel: { en: entry.enPlural, ar: entry.arPlural },
      fields: entry.fields.map((spec) => fieldFromSpec(parseFieldSpec(spec), entry.nature)),
    });
  }
  const words = humanize(name);
  const nature = natureOf(name);
  const specs =
    nature === 'person' ? ['fullName!', 'email', 'phone', 'notes'] : ['name!', 'description', 'status'];
  return withDisplayField({
    name,
    label: { en: words },
    pluralLabel: { en: pluralize.plural(words) },
    fields: specs.map((spec) => fieldFromSpec(parseFieldSpec(spec), nature)),
  });
}

function withDisplayField(entity: Entity): Entity {
  const display = entity.fields.find((field) => field.type === 'string') ?? entity.fields[0];
  return display ? { ...entity, displayField: display.name } : entity;
}

/** Adds or updates the fields a text listed for an entity; reports each in `inferences`. */
export function mergeNamedFields(entity: Entity, named: readonly NamedField[], inferences: Inferences): void {
  const nature = natureOf(entity.name);
  for (const item of named) {
    if (item.entity) continue;
    const incoming = fieldFromWords(item.words, nature, {
      ...(item.key ? { key: item.key } : {}),
      values: item.values,
      required: item.required,
      unique: item.unique,
    });
    const existing = entity.fields.find((field) => field.name === incoming.name);
    if (existing) {
      applyStatedProperties(existing, incoming, item);
    } else {
      if (entity.fields.length >= 200) continue;
      entity.fields.push(incoming);
    }
    const field = existing ?? incoming;
    inferences.add('field', `${entity.name}.${field.name}`, fieldReason(field, item.words));
    if (field.type === 'enum' && item.values.length > 0) {
      inferences.add(
        'enum',
        `${entity.name}.${field.name}`,
        `values ${item.values.join(', ')} were listed in the text`,
      );
    }
  }
}

function applyStatedProperties(existing: Field, incoming: Field, item: NamedField): void {
  if (item.values.length > 0) {
    existing.type = 'enum';
    existing.values = incoming.values;
  }
  if (item.required) existing.required = true;
  if (item.unique) existing.unique = true;
}

function fieldReason(field: Field, words: string): string {
  const sensitivity = field.dataClass === 'none' ? '' : `; it holds ${field.dataClass} data`;
  return `"${words}" was listed in the text; typed ${field.type} from its name${sensitivity}`;
}
