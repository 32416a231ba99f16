/**
 * JDL relationships mapped to Blueprint relations: ManyToOne → belongs-to, OneToOne → has-one,
 * OneToMany → has-many, ManyToMany → many-to-many.
 *
 * JHipster's built-in `User` (`with builtInEntity`, or a `User` the file never declares) has no
 * counterpart in a Blueprint: a WebNova platform keeps sign-in accounts apart from its data. The
 * import therefore adds a user-like entity holding a `login`, links the relation to it, and says so.
 * @module
 */
import type { RelationKind } from '../../contracts/index.js';
import { AppError } from '../../kernel/index.js';
import type { DraftEntity, DraftRelation } from '../draft/draft-model.js';
import type { ImportNotes } from '../import-types.js';
import type { JdlRelationship, JdlRelationshipKind, JdlRelationshipSide } from './ast.js';

const KINDS: Record<JdlRelationshipKind, RelationKind> = {
  ManyToOne: 'belongs-to',
  OneToOne: 'has-one',
  OneToMany: 'has-many',
  ManyToMany: 'many-to-many',
};

/** Names JHipster gives its own entities, which a JDL file may use without declaring. */
const BUILT_IN_ENTITIES = new Set(['User', 'Authority']);

const ON_DELETE: Record<string, DraftRelation['onDelete']> = {
  CASCADE: 'cascade',
  SET_NULL: 'set-null',
  'SET NULL': 'set-null',
  RESTRICT: 'restrict',
  NO_ACTION: 'restrict',
  'NO ACTION': 'restrict',
};

export interface RelationshipScope {
  /** Entities by source name; built-in stand-ins are added to it. */
  entities: Map<string, DraftEntity>;
  /** The stand-ins added for JHipster's built-in entities. */
  standIns: Set<string>;
  notes: ImportNotes;
}

export function mapRelationship(relationship: JdlRelationship, scope: RelationshipScope): DraftRelation {
  const builtIn = relationship.options.includes('builtInEntity');
  requireEntity(relationship.from, false, scope);
  requireEntity(relationship.to, builtIn, scope);
  for (const option of relationship.options.filter((name) => name !== 'builtInEntity')) {
    scope.notes.info(
      `relationship option \`with ${option}\` is a JHipster setting WebNova does not use`,
      relationship.at,
    );
  }
  const draft: DraftRelation = {
    kind: KINDS[relationship.kind],
    from: relationship.from.entity,
    to: relationship.to.entity,
    required: relationship.from.required || relationship.to.required,
    at: relationship.at,
  };
  if (relationship.from.field !== undefined) draft.name = relationship.from.field;
  if (relationship.to.field !== undefined) draft.inverseName = relationship.to.field;
  for (const side of [relationship.from, relationship.to]) readAnnotations(side, draft, scope.notes);
  useDisplayField(relationship.from, relationship.to, scope);
  useDisplayField(relationship.to, relationship.from, scope);
  return draft;
}

function requireEntity(side: JdlRelationshipSide, builtIn: boolean, scope: RelationshipScope): void {
  if (scope.entities.has(side.entity)) return;
  if (builtIn || BUILT_IN_ENTITIES.has(side.entity)) {
    scope.entities.set(side.entity, builtInStandIn(side.entity));
    scope.standIns.add(side.entity);
    scope.notes.warn(
      `\`${side.entity}\` is JHipster's built-in entity; WebNova keeps sign-in accounts apart from your data, so ` +
        `the import adds an entity in its place, with a \`login\` field, to link to instead. ` +
        'Relate it to accounts in the generated platform, or remove it and its relations',
      side.at,
    );
    return;
  }
  throw new AppError(
    'unprocessable',
    `relationship at line ${side.at.line}, column ${side.at.column} refers to entity \`${side.entity}\`, which is not declared`,
    {
      hint: `Declare \`entity ${side.entity} { … }\`, correct the name, or add \`with builtInEntity\` if it is JHipster's User.`,
      details: { line: side.at.line, column: side.at.column },
    },
  );
}

function builtInStandIn(name: string): DraftEntity {
  return {
    source: name,
    description: `Stands in for JHipster's built-in ${name} entity.`,
    displayField: 'login',
    fields: [{ source: 'login', type: 'string', required: true, unique: true, maxLength: 100 }],
  };
}

function readAnnotations(side: JdlRelationshipSide, draft: DraftRelation, notes: ImportNotes): void {
  for (const annotation of side.annotations) {
    const rule = annotation.value === undefined ? undefined : ON_DELETE[annotation.value.toUpperCase()];
    if (annotation.name === 'OnDelete' && rule !== undefined) draft.onDelete = rule;
    else
      notes.info(
        `annotation @${annotation.name} on a relationship is a JHipster setting WebNova does not use`,
        annotation.at,
      );
  }
  if (side.doc !== undefined) {
    notes.info(
      `the comment on relationship side \`${side.entity}\` is not carried over: relations have no description`,
      side.at,
    );
  }
}

/** `Car{owner(login)} to Person`: `login` becomes the field shown for a Person when it is linked. */
function useDisplayField(
  side: JdlRelationshipSide,
  other: JdlRelationshipSide,
  scope: RelationshipScope,
): void {
  if (side.displayField === undefined) return;
  const target = scope.entities.get(other.entity);
  if (!target) return;
  if (
    scope.standIns.has(other.entity) &&
    !target.fields.some((field) => field.source === side.displayField)
  ) {
    target.fields.push({ source: side.displayField, type: 'string', required: false, unique: false });
  }
  if (!target.fields.some((field) => field.source === side.displayField)) {
    if (target.displayField === side.displayField) return;
    scope.notes.warn(
      `display field \`${side.displayField}\` in \`${side.entity}{${side.field}(${side.displayField})}\` is not a field of \`${other.entity}\`; ignored`,
      side.at,
    );
    return;
  }
  if (target.displayField === undefined) target.displayField = side.displayField;
  else if (target.displayField !== side.displayField) {
    scope.notes.info(
      `\`${other.entity}\` is shown by \`${target.displayField}\`; the Blueprint keeps one display field per entity, so \`${side.displayField}\` is not used here`,
      side.at,
    );
  }
}
