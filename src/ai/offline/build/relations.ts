/**
 * Adds relations to a Blueprint with names that do not clash, one relation per pair of entities.
 * @module
 */
import type { Blueprint, Relation, RelationKind } from '../../../contracts/index.js';
import { pluralMemberName, safeMemberName, toCamel } from '../names.js';

export interface RelationRequest {
  from: string;
  to: string;
  kind: RelationKind;
  required?: boolean;
}

/** Whether two entities are already related, in either direction. */
export function linked(blueprint: Blueprint, a: string, b: string): boolean {
  return blueprint.relations.some(
    (relation) => (relation.from === a && relation.to === b) || (relation.from === b && relation.to === a),
  );
}

function memberNamesOf(blueprint: Blueprint, entity: string): Set<string> {
  const names = new Set(
    blueprint.entities.find((item) => item.name === entity)?.fields.map((field) => field.name),
  );
  for (const relation of blueprint.relations) {
    if (relation.from === entity) names.add(relation.name);
    if (relation.to === entity && relation.inverseName) names.add(relation.inverseName);
  }
  return names;
}

function unused(base: string, taken: ReadonlySet<string>): string {
  const safe = safeMemberName(base);
  if (!taken.has(safe)) return safe;
  for (const suffix of ['Ref', 'Link', 'Record'])
    if (!taken.has(`${safe}${suffix}`)) return `${safe}${suffix}`;
  return `${safe}${taken.size}`;
}

/** Adds the relation unless the pair is already related; returns it when added. */
export function addRelation(blueprint: Blueprint, request: RelationRequest): Relation | undefined {
  const { from, to, kind } = request;
  if (from === to || linked(blueprint, from, to)) return undefined;
  if (!blueprint.entities.some((e) => e.name === from) || !blueprint.entities.some((e) => e.name === to))
    return undefined;
  const single = (name: string): string => toCamel(name);
  const [forward, backward] =
    kind === 'belongs-to' || kind === 'has-one'
      ? [single(to), kind === 'has-one' ? single(from) : pluralMemberName(from)]
      : kind === 'has-many'
        ? [pluralMemberName(to), single(from)]
        : [pluralMemberName(to), pluralMemberName(from)];
  const relation: Relation = {
    name: unused(forward, memberNamesOf(blueprint, from)),
    kind,
    from,
    to,
    inverseName: unused(backward, memberNamesOf(blueprint, to)),
    required: request.required ?? false,
    onDelete: 'restrict',
  };
  blueprint.relations.push(relation);
  return relation;
}
