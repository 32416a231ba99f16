import type { DataClass, FieldType } from '../../../contracts/index.js';

/** How a field's data class depends on the entity that holds it. */
export type Sensitivity =
  | DataClass
  /** Personal on a person (Patient.fullName), not on a thing (Product.name). */
  | 'person-only'
  /** Personal unless the entity is an organization (Supplier.email is a business address). */
  | 'contact';

/** A field the analyzer knows, with its labels and the words that name it. */
export interface FieldEntry {
  name: string;
  en: string;
  ar: string;
  type: FieldType;
  sensitivity: Sensitivity;
  /** Enum values (lower snake case) for `enum` fields. */
  values?: readonly string[];
  /** Other English phrases and Arabic forms that name this field. */
  enAliases: readonly string[];
  arAliases: readonly string[];
}

/** What kind of thing an entity is: decides whether names and contacts are personal data. */
export type EntityNature = 'person' | 'organization' | 'thing';

/** An entity the analyzer knows in both languages. */
export interface EntityEntry {
  name: string;
  en: string;
  enPlural: string;
  ar: string;
  /** Plural label with the article, as a list page shows it: `المرضى`. */
  arPlural: string;
  nature: EntityNature;
  /** Field specs: a lexicon key with `!` for required, `*` for unique, `=a|b` for entity-specific enum values. */
  fields: readonly string[];
  enAliases: readonly string[];
  /** Arabic forms (singular, broken plurals, variants) without the article. */
  arAliases: readonly string[];
}
