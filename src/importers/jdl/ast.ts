/**
 * The JDL document as written, before any mapping to a Blueprint. Every node keeps its position so
 * that notes and errors raised while mapping can still point at the source.
 * @module
 */
import type { SourcePosition } from '../import-types.js';

export interface JdlAnnotation {
  name: string;
  /** The raw text between the parentheses, e.g. `"CASCADE"` → `CASCADE`. */
  value?: string;
  at: SourcePosition;
}

/** A validation argument: a number, a constant's name, or a pattern's text. */
export type JdlArgument =
  { kind: 'number'; value: number } | { kind: 'constant'; name: string } | { kind: 'pattern'; text: string };

export interface JdlValidation {
  name: string;
  argument?: JdlArgument;
  at: SourcePosition;
}

export interface JdlField {
  name: string;
  typeName: string;
  validations: JdlValidation[];
  annotations: JdlAnnotation[];
  doc?: string;
  at: SourcePosition;
  typeAt: SourcePosition;
}

export interface JdlEntity {
  name: string;
  tableName?: string;
  fields: JdlField[];
  annotations: JdlAnnotation[];
  doc?: string;
  at: SourcePosition;
}

export interface JdlEnumValue {
  name: string;
  /** What JHipster stores instead of the name, e.g. `FRENCH (Français)`. */
  customValue?: string;
  at: SourcePosition;
}

export interface JdlEnum {
  name: string;
  values: JdlEnumValue[];
  doc?: string;
  at: SourcePosition;
}

export const JDL_RELATIONSHIP_KINDS = ['OneToOne', 'ManyToOne', 'OneToMany', 'ManyToMany'] as const;
export type JdlRelationshipKind = (typeof JDL_RELATIONSHIP_KINDS)[number];

export interface JdlRelationshipSide {
  entity: string;
  /** The relationship's name on this side, e.g. `owner` in `Car{owner}`. */
  field?: string;
  /** The field of the other entity shown for the link, e.g. `login` in `Car{owner(login)}`. */
  displayField?: string;
  required: boolean;
  annotations: JdlAnnotation[];
  doc?: string;
  at: SourcePosition;
}

export interface JdlRelationship {
  kind: JdlRelationshipKind;
  from: JdlRelationshipSide;
  to: JdlRelationshipSide;
  /** Names after `with`, e.g. `builtInEntity`. */
  options: string[];
  at: SourcePosition;
}

/** An entity selection in an option: `*`, `all`, or a list of names. */
export interface JdlEntitySelection {
  all: boolean;
  names: string[];
}

/** A JHipster generator option: `dto * with mapstruct except Patient`, `use … for …`, `readOnly A`. */
export interface JdlOption {
  name: string;
  /** The value after `with` (or the names listed after `use`). */
  value?: string;
  entities: JdlEntitySelection;
  except: string[];
  at: SourcePosition;
}

export interface JdlIgnoredBlock {
  keyword: 'application' | 'deployment';
  /** `baseName` from an application's config, when it has one. */
  baseName?: string;
  at: SourcePosition;
}

export interface JdlConstant {
  name: string;
  value: number;
  at: SourcePosition;
}

export interface JdlDocument {
  entities: JdlEntity[];
  enums: JdlEnum[];
  relationships: JdlRelationship[];
  options: JdlOption[];
  ignoredBlocks: JdlIgnoredBlock[];
  constants: JdlConstant[];
}
