/**
 * Relations: both ends exist, and `required` agrees with `onDelete` and the relation's kind.
 * @module
 */
import { quote } from '../problem.js';
import { type Rule, pointToExisting } from './rule.js';

export const checkRelations: Rule = (blueprint, report) => {
  const entityNames = blueprint.entities.map((entity) => entity.name);
  const known = new Set(entityNames);
  blueprint.relations.forEach((relation, index) => {
    for (const end of ['from', 'to'] as const) {
      const name = relation[end];
      if (known.has(name)) continue;
      report(
        'relation_entity_missing',
        ['relations', index, end],
        `the relation ${quote(relation.name)} ${end === 'from' ? 'starts from' : 'points to'} ${quote(name)}, which is not an entity of this Blueprint`,
        pointToExisting(name, entityNames, 'entity', `add an entity named ${quote(name)}`),
      );
    }
    if (relation.required && relation.onDelete === 'set-null') {
      report(
        'required_relation_set_null',
        ['relations', index, 'onDelete'],
        `the relation ${quote(relation.name)} is required, so deleting its ${quote(relation.to)} cannot leave it empty (set-null)`,
        'use "onDelete": "cascade" or "restrict", or make the relation optional ("required": false)',
      );
    }
    if (relation.required && relation.kind === 'many-to-many') {
      report(
        'required_many_to_many',
        ['relations', index, 'required'],
        `the many-to-many relation ${quote(relation.name)} cannot be required: a join table cannot force a link to exist`,
        'remove "required" (or set it to false); enforce a minimum number of links in the form instead',
      );
    }
  });
};
