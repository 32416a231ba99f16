/**
 * A parsed JDL document becomes a draft model, with a note for everything JDL says that a Blueprint
 * does not use (options, application and deployment blocks, table names, annotations).
 * @module
 */
import { AppError } from '../../kernel/index.js';
import type { DraftEntity, DraftModel } from '../draft/draft-model.js';
import type { ImportNotes, SourcePosition } from '../import-types.js';
import type { JdlDocument, JdlEntity, JdlEnum, JdlOption } from './ast.js';
import { mapField } from './map-field.js';
import { mapRelationship } from './map-relationship.js';

export function jdlToDraft(document: JdlDocument, notes: ImportNotes): DraftModel {
  const enums = indexByName(document.enums, 'enum');
  const constants = new Map(
    [...indexByName(document.constants, 'constant').values()].map((constant) => [
      constant.name,
      constant.value,
    ]),
  );
  const entities = new Map<string, DraftEntity>();
  for (const entity of document.entities) {
    if (entities.has(entity.name)) throw duplicate('entity', entity.name, entity.at);
    entities.set(entity.name, mapEntity(entity, { enums, constants, notes }));
  }
  const standIns = new Set<string>();
  const relations = document.relationships.map((relationship) =>
    mapRelationship(relationship, { entities, standIns, notes }),
  );
  for (const option of document.options) notes.info(describeOption(option), option.at);
  for (const block of document.ignoredBlocks) {
    const named = block.baseName === undefined ? '' : ` \`${block.baseName}\``;
    notes.info(
      `${block.keyword} block${named} ignored: it configures JHipster's generator, while WebNova reads only the data model`,
      block.at,
    );
  }
  return { entities: [...entities.values()], relations };
}

function mapEntity(
  entity: JdlEntity,
  scope: { enums: ReadonlyMap<string, JdlEnum>; constants: ReadonlyMap<string, number>; notes: ImportNotes },
): DraftEntity {
  const draft: DraftEntity = {
    source: entity.name,
    fields: entity.fields.map((field) => mapField(field, { ...scope, entity: entity.name })),
    at: entity.at,
  };
  if (entity.doc !== undefined) draft.description = entity.doc;
  if (entity.tableName !== undefined) {
    scope.notes.info(
      `table name \`${entity.tableName}\` of \`${entity.name}\` not used: WebNova names tables after entities`,
      entity.at,
    );
  }
  for (const annotation of entity.annotations) {
    const value = annotation.value === undefined ? '' : `(${annotation.value})`;
    scope.notes.info(
      `annotation @${annotation.name}${value} on \`${entity.name}\` is a JHipster setting WebNova does not use`,
      annotation.at,
    );
  }
  const seen = new Set<string>();
  for (const field of entity.fields) {
    if (seen.has(field.name)) throw duplicate(`field of \`${entity.name}\``, field.name, field.at);
    seen.add(field.name);
  }
  return draft;
}

function describeOption(option: JdlOption): string {
  const entities = option.entities.all ? '*' : option.entities.names.join(', ');
  const written =
    option.name === 'use'
      ? `use ${option.value ?? ''} for ${entities}`
      : `${option.name} ${entities}${option.value === undefined ? '' : ` with ${option.value}`}`;
  const except = option.except.length > 0 ? ` except ${option.except.join(', ')}` : '';
  return `\`${written}${except}\` is a JHipster generator option; WebNova does not use it`;
}

function indexByName<T extends { name: string; at: SourcePosition }>(
  items: readonly T[],
  what: string,
): Map<string, T> {
  const byName = new Map<string, T>();
  for (const item of items) {
    if (byName.has(item.name)) throw duplicate(what, item.name, item.at);
    byName.set(item.name, item);
  }
  return byName;
}

function duplicate(what: string, name: string, at: SourcePosition): AppError {
  return new AppError(
    'unprocessable',
    `${what} \`${name}\` is declared a second time at line ${at.line}, column ${at.column}`,
    {
      hint: 'Merge the two declarations or rename one of them.',
      details: { line: at.line, column: at.column },
    },
  );
}
