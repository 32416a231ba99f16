/**
 * Revisions that add: new entities (named or implied), fields listed for existing entities, and
 * relations and permissions that connect the new to what exists.
 * @module
 */
import type { Blueprint } from '../../../contracts/index.js';
import { mergeNamedFields, newEntity } from '../build/entities.js';
import type { Inferences } from '../build/inferences.js';
import { addListPage } from '../build/pages.js';
import { readMessage } from '../build/reading.js';
import { addRelation } from '../build/relations.js';
import { grantNewEntities } from '../build/roles.js';
import { relationHintsFor } from '../knowledge/index.js';
import type { Change } from './edits.js';

export function addFromMessage(blueprint: Blueprint, clause: string, inferences: Inferences): Change[] {
  const existing = blueprint.entities.map((entity) => entity.name);
  const reading = readMessage(clause, blueprint.domain, existing);
  const changes: Change[] = [];
  const added: string[] = [];
  const addEntity = (name: string, reason: string): void => {
    if (blueprint.entities.some((entity) => entity.name === name)) return;
    const entity = newEntity(name);
    blueprint.entities.push(entity);
    added.push(name);
    inferences.add('entity', name, reason);
    changes.push({ en: `added ${name}`, ar: `أضفت ${entity.pluralLabel.ar ?? name}` });
  };
  for (const mention of reading.named) addEntity(mention.name, `"${mention.phrase}" is named in the message`);
  for (const { implication, word } of reading.implications) {
    for (const name of implication.entities)
      if (!existing.includes(name) && reading.named.length === 0)
        addEntity(name, `"${word}" implies it (knowledge pack)`);
  }
  for (const { entity, list } of reading.text.fieldLists) {
    const target = blueprint.entities.find((item) => item.name === entity);
    if (!target) continue;
    const before = JSON.stringify(target.fields);
    mergeNamedFields(target, list.fields, inferences);
    if (JSON.stringify(target.fields) !== before)
      changes.push({
        en: `updated the fields of ${target.name}`,
        ar: `حدّثت حقول ${target.pluralLabel.ar ?? target.name}`,
      });
  }
  for (const relation of reading.relations) {
    if (addRelation(blueprint, relation))
      inferences.add(
        'relation',
        `${relation.from}->${relation.to}`,
        `${relation.kind}, stated: "${relation.evidence}"`,
      );
  }
  for (const hint of relationHintsFor(blueprint.domain)) {
    if (!added.includes(hint.from) && !added.includes(hint.to)) continue;
    if (addRelation(blueprint, hint))
      inferences.add(
        'relation',
        `${hint.from}->${hint.to}`,
        `${hint.kind}: links the new entity to the existing ones (knowledge pack)`,
      );
  }
  grantNewEntities(blueprint, reading.pack, added);
  for (const name of added) {
    const entity = blueprint.entities.find((item) => item.name === name);
    if (entity) addListPage(blueprint, entity);
  }
  return changes;
}
