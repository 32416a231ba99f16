/**
 * Component schemas become a draft model: object schemas are entities, `$ref` properties relations,
 * and two sides of one relation written in both schemas (`Owner.pets`, `Pet.owner`) become one.
 * @module
 */
import type { DraftEntity, DraftModel, DraftRelation } from '../draft/draft-model.js';
import type { ImportNotes } from '../import-types.js';
import { classifySchemas } from './flatten-schema.js';
import { mapProperty } from './map-property.js';
import { stringIn, type Schema } from './schema-access.js';

export function openApiToDraft(schemas: ReadonlyMap<string, Schema>, notes: ImportNotes): DraftModel {
  const roles = classifySchemas(schemas, notes);
  const entities: DraftEntity[] = [];
  const relations: DraftRelation[] = [];
  for (const [name, role] of roles) {
    if (role.kind !== 'entity') continue;
    const entity: DraftEntity = { source: name, fields: [] };
    const description = stringIn(role.schema, 'description');
    const title = stringIn(role.schema, 'title');
    if (description !== undefined && description.trim() !== '') entity.description = description.trim();
    if (title !== undefined && title.trim() !== '') entity.label = title.trim();
    for (const [property, schema] of role.properties) {
      const mapped = mapProperty(property, schema, role.required.has(property), {
        entity: name,
        roles,
        notes,
      });
      if (mapped.kind === 'field') entity.fields.push(mapped.field);
      else relations.push(mapped.relation);
    }
    entities.push(entity);
  }
  return { entities, relations: pairRelations(relations, notes) };
}

/**
 * `Owner.pets: Pet[]` with `Pet.owner: Owner` is one relation seen from both ends: keep the
 * belongs-to and name its inverse. Two lists pointing at each other (`Post.tags`, `Tag.posts`) are a
 * many-to-many.
 */
function pairRelations(relations: DraftRelation[], notes: ImportNotes): DraftRelation[] {
  const kept = new Set(relations);
  for (const list of relations.filter((relation) => relation.kind === 'has-many')) {
    if (!kept.has(list)) continue;
    const backs = relations.filter(
      (other) =>
        kept.has(other) &&
        other !== list &&
        other.from === list.to &&
        other.to === list.from &&
        other.inverseName === undefined,
    );
    const single = backs.filter((other) => other.kind === 'belongs-to');
    const lists = backs.filter((other) => other.kind === 'has-many');
    if (single.length === 1 && single[0]) {
      single[0].inverseName = list.name;
      kept.delete(list);
      notes.info(
        `\`${list.from}.${list.name ?? ''}\` and \`${list.to}.${single[0].name ?? ''}\` are two ends of one relation; imported once`,
      );
    } else if (single.length === 0 && lists.length === 1 && lists[0] && list.from !== list.to) {
      list.kind = 'many-to-many';
      if (lists[0].name !== undefined) list.inverseName = lists[0].name;
      kept.delete(lists[0]);
      notes.info(
        `\`${list.from}.${list.name ?? ''}\` and \`${list.to}.${lists[0].name ?? ''}\` list each other; imported as one many-to-many relation`,
      );
    }
  }
  return relations.filter((relation) => kept.has(relation));
}
