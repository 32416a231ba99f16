import type { Blueprint } from '../../contracts/index.js';
import { displayFieldOf, fieldModelOf } from './fields.js';
import { namesOf } from './names.js';
import { resolveRoles } from './permissions.js';
import { relationEnds } from './relations.js';
import type { CodegenModel, EntityModel } from './types.js';

/** Derives everything templates need from a valid Blueprint, once. */
export function buildModel(blueprint: Blueprint): CodegenModel {
  const ends = relationEnds(blueprint);
  const entities: EntityModel[] = blueprint.entities.map((entity) => ({
    names: namesOf(entity.name),
    label: entity.label,
    pluralLabel: entity.pluralLabel,
    description: entity.description,
    displayField: displayFieldOf(entity),
    fields: entity.fields.map(fieldModelOf),
    foreignKeys: ends.foreignKeys.get(entity.name) ?? [],
    manyToMany: ends.manyToMany.get(entity.name) ?? [],
    relatedLists: ends.relatedLists.get(entity.name) ?? [],
    restrictedBy: [],
  }));
  for (const holder of entities) {
    for (const key of holder.foreignKeys) {
      if (key.onDelete !== 'restrict') continue;
      entities
        .find((entity) => entity.names.pascal === key.target)
        ?.restrictedBy.push({ constraint: key.constraint, entity: holder.names.pascal });
    }
  }
  const roles = resolveRoles(blueprint);
  const administrator = roles.find((role) => role.administrator) ?? roles[0];
  const dataSubjectRights = blueprint.compliance.some((regime) => regime === 'GDPR' || regime === 'PDPL');
  return {
    blueprint,
    name: blueprint.name,
    slug: blueprint.slug,
    entities,
    joinTables: ends.joinTables,
    roles,
    administratorRole: administrator?.name ?? 'admin',
    hasEncryptedFields: entities.some((entity) => entity.fields.some((field) => field.encrypted)),
    dataSubjectRights,
  };
}

export function entityNamed(model: CodegenModel, name: string): EntityModel {
  const entity = model.entities.find((candidate) => candidate.names.pascal === name);
  if (!entity) throw new Error(`The model has no entity named ${name}; the Blueprint was not validated`);
  return entity;
}
