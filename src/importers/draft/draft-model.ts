/**
 * The shape both importers produce before names, labels, roles and pages are settled: entities,
 * fields and relations named as in the source. One builder then turns it into a Blueprint, so JDL
 * and OpenAPI imports follow the same naming and guessing rules.
 * @module
 */
import type { DataClass, FieldType, RelationKind } from '../../contracts/index.js';
import type { SourcePosition } from '../import-types.js';

export interface DraftEnumValue {
  /** The value as written in the source, e.g. `IN_STOCK` or `in-stock`. */
  source: string;
  /** An English label, when the source gives one better than the humanized value. */
  label?: string;
}

export interface DraftField {
  /** The name as written in the source. */
  source: string;
  type: FieldType;
  required: boolean;
  unique: boolean;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  values?: DraftEnumValue[];
  default?: string | number | boolean;
  description?: string;
  /** An English label given by the source (an OpenAPI `title`); otherwise the name is humanized. */
  label?: string;
  /** Set when the source says how sensitive the field is (an OpenAPI `password` format). */
  dataClass?: DataClass;
  /** Set when the source type already fixes the kind of data, so name-based guesses keep away. */
  typeIsExplicit?: boolean;
  at?: SourcePosition;
}

export interface DraftEntity {
  source: string;
  fields: DraftField[];
  description?: string;
  label?: string;
  /** Source name of the field to show when the entity is picked or linked. */
  displayField?: string;
  at?: SourcePosition;
}

export interface DraftRelation {
  kind: RelationKind;
  /** Source names of the two entities. */
  from: string;
  to: string;
  /** Source name on the `from` side; defaults to the target entity's name. */
  name?: string;
  inverseName?: string;
  required: boolean;
  onDelete?: 'restrict' | 'cascade' | 'set-null';
  at?: SourcePosition;
}

export interface DraftModel {
  entities: DraftEntity[];
  relations: DraftRelation[];
}
