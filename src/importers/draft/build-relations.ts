/**
 * Draft relations become Blueprint ones. Both ends get explicit names: the side holding many
 * records a plural (`appointments`), the other a singular, and none may clash with a member of its
 * entity or add a reserved column (`owner` would add `owner_id`, which every record already has).
 * Inverse names are always written out, because the names generated code would otherwise derive
 * (`shipments` twice, for two relations from Shipment to Customer) can collide.
 * @module
 */
import type { Relation, RelationKind } from '../../contracts/index.js';
import {
  columnNameOf,
  pluralOf,
  reservedFieldReason,
  reservedPropertyReason,
  toCamelCase,
  type ReservedReason,
} from '../../blueprint/index.js';
import { type BuildContext, where } from './build-context.js';
import type { DraftRelation } from './draft-model.js';
import { replacementMemberName, reservedBecause } from './naming.js';

type End = 'name' | 'inverse';

/** Whether each end of a kind of relation holds many records. */
const HOLDS_MANY: Record<RelationKind, Record<End, boolean>> = {
  'belongs-to': { name: false, inverse: true },
  'has-one': { name: false, inverse: false },
  'has-many': { name: true, inverse: false },
  'many-to-many': { name: true, inverse: true },
};

/** Which end's entity stores the foreign key, named after that end: `owner` → `owner_id`. */
const FOREIGN_KEY_END: Record<RelationKind, End | undefined> = {
  'belongs-to': 'name',
  'has-one': 'name',
  'has-many': 'inverse',
  'many-to-many': undefined,
};

/** The foreign key column a relation end of this name adds, if that end holds one. */
function foreignKeyColumn(kind: RelationKind, end: End, name: string): string | undefined {
  return FOREIGN_KEY_END[kind] === end ? `${columnNameOf(name)}_id` : undefined;
}

/** The name a draft relation asks for at one end, before reserved words and clashes are avoided. */
function wantedName(draft: DraftRelation, end: End, from: string, to: string): string {
  const written = end === 'name' ? draft.name : draft.inverseName;
  const camel = toCamelCase(written ?? (end === 'name' ? to : from));
  return HOLDS_MANY[draft.kind][end] ? pluralOf(camel) : camel;
}

/**
 * Source entity → the foreign key columns relations will add to it (`Pet` → `owner_id`), worked out
 * before fields are named so a field holding the same link can be left out.
 */
export function foreignKeyColumnsByEntity(relations: readonly DraftRelation[]): Map<string, Set<string>> {
  const columns = new Map<string, Set<string>>();
  for (const relation of relations) {
    const end = FOREIGN_KEY_END[relation.kind];
    if (end === undefined) continue;
    const column = foreignKeyColumn(
      relation.kind,
      end,
      wantedName(relation, end, relation.from, relation.to),
    );
    const entity = end === 'name' ? relation.from : relation.to;
    if (column === undefined) continue;
    columns.set(entity, (columns.get(entity) ?? new Set<string>()).add(column));
  }
  return columns;
}

export function buildRelation(draft: DraftRelation, context: BuildContext): Relation | undefined {
  const from = context.entityNames.get(draft.from);
  const to = context.entityNames.get(draft.to);
  if (from === undefined || to === undefined) {
    // An entity that was declared but could not be named already has its problem reported.
    const undeclared = [draft.from, draft.to].find((source) => !context.declaredEntities.has(source));
    if (undeclared !== undefined) {
      context.problem(
        `relation${where(draft.at)} refers to entity \`${undeclared}\`, which is not declared`,
        draft.at,
      );
    }
    return undefined;
  }
  const name = claimEnd(draft, 'name', from, wantedName(draft, 'name', from, to), [], context);
  if (name === undefined) return undefined;
  // When the derived inverse is taken, name it after the relation: `ownerShipments`.
  const fallback = toCamelCase(`${name} ${HOLDS_MANY[draft.kind].inverse ? pluralOf(from) : from}`);
  const inverseName = claimEnd(
    draft,
    'inverse',
    to,
    wantedName(draft, 'inverse', from, to),
    [fallback],
    context,
  );
  if (inverseName === undefined) return undefined;
  const relation: Relation = {
    name,
    kind: draft.kind,
    from,
    to,
    inverseName,
    required: draft.required,
    onDelete: draft.onDelete ?? 'restrict',
  };
  settleRequired(relation, draft, context);
  return relation;
}

function reservedReasonOf(kind: RelationKind, end: End, name: string): ReservedReason | undefined {
  const property = reservedPropertyReason(name);
  if (property !== undefined || FOREIGN_KEY_END[kind] !== end) return property;
  return reservedFieldReason(`${name}Id`);
}

/** Claims a name for one end on its entity, replacing a reserved or taken one where it can. */
function claimEnd(
  draft: DraftRelation,
  end: End,
  entity: string,
  wanted: string,
  alternatives: readonly string[],
  context: BuildContext,
): string | undefined {
  const namespace = context.membersOf(entity);
  const isReserved = (candidate: string) => reservedReasonOf(draft.kind, end, candidate) !== undefined;
  const isFree = (candidate: string) =>
    namespace.isFree(candidate, foreignKeyColumn(draft.kind, end, candidate));
  const owner = toCamelCase(entity);
  const candidates = [wanted, ...alternatives, ...[2, 3].map((n) => `${wanted}${n}`)];
  const name = candidates
    .map((candidate) => replacementMemberName(candidate, owner, isReserved, isFree))
    .find((candidate) => candidate !== undefined && isFree(candidate));
  const written = end === 'name' ? draft.name : draft.inverseName;
  const label = `\`${draft.from}\` → \`${draft.to}\`${written === undefined ? '' : ` (\`${written}\`)`}`;
  if (name === undefined) {
    context.problem(
      `relation ${label}${where(draft.at)} has no free name for its ${end === 'name' ? 'link' : 'inverse'} on \`${entity}\`; name it in the source`,
      draft.at,
    );
    return undefined;
  }
  namespace.claim(name, foreignKeyColumn(draft.kind, end, name));
  if (name === wanted) return name;
  const reason = reservedReasonOf(draft.kind, end, wanted);
  const because = reason
    ? reservedBecause(reason)
    : `\`${entity}\` already has a field or relation named \`${wanted}\``;
  const what = end === 'name' ? 'relation name' : 'inverse name';
  context.notes.warn(`${what} \`${wanted}\` on \`${entity}\` is now \`${name}\`: ${because}`, draft.at);
  return name;
}

/** A join table cannot force a link to exist, and a required link cannot be emptied on delete. */
function settleRequired(relation: Relation, draft: DraftRelation, context: BuildContext): void {
  const label = `${relation.from}.${relation.name}`;
  if (relation.required && relation.kind === 'many-to-many') {
    relation.required = false;
    context.notes.warn(
      `\`${label}\` is many-to-many, which cannot be required; imported as optional`,
      draft.at,
    );
  }
  if (relation.required && relation.onDelete === 'set-null') {
    relation.onDelete = 'restrict';
    context.notes.warn(
      `\`${label}\` is required, so it cannot be emptied when its target is deleted; onDelete set to restrict`,
      draft.at,
    );
  }
}
