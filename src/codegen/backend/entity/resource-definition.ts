import { code, propertyKey, quote } from '../../code.js';
import { arrayLiteral, importStatement, objectLiteral } from '../../layout.js';
import type { GeneratedFile } from '../../generated-file.js';
import { entityNamed, type CodegenModel, type EntityModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';
import { uniqueConstraintOf } from './columns.js';

/** src/server/resources/<entity>.resource.ts: what the resource kit needs to serve one entity. */
export function resourceDefinitionFile(model: CodegenModel, entity: EntityModel): GeneratedFile {
  const { camel, pascal, kebab, pluralCamel, pluralKebab, table } = entity.names;
  // Items sit at column 4, inside `fields: [` and the like.
  const item = (entries: [string, string][]) => objectLiteral(entries, 4);
  const fieldSpecs = [
    ...entity.fields.map((field) =>
      item([
        ['name', quote(field.name)],
        ['kind', quote(field.type)],
        ['dataClass', quote(field.dataClass)],
        ['required', String(field.required)],
        ['maxLength', String(field.maxLength ?? 'null')],
        ['encrypted', String(field.encrypted)],
        ['searchable', String(field.searchable)],
        ['filterable', String(field.filterable)],
      ]),
    ),
    ...entity.foreignKeys.map((key) =>
      item([
        ['name', quote(key.field)],
        ['kind', "'reference'"],
        ['dataClass', "'none'"],
        ['required', String(key.required)],
        ['maxLength', 'null'],
        ['encrypted', 'false'],
        ['searchable', 'false'],
        ['filterable', 'true'],
      ]),
    ),
  ];
  const usesLinks =
    entity.manyToMany.length > 0 || entity.relatedLists.some((list) => list.via.kind === 'join-table');
  const links = entity.manyToMany.map((link) => {
    const join = link.joinTable.exportName;
    return item([
      ['field', quote(link.field)],
      ['joinTable', join],
      ['ownColumn', `${join}.ownerId`],
      ['otherColumn', `${join}.targetId`],
      ['ownKey', "'ownerId'"],
      ['otherKey', "'targetId'"],
    ]);
  });
  const related = entity.relatedLists.map((list) => {
    const target = entityNamed(model, list.target).names.pluralKebab;
    const head: [string, string][] = [
      ['segment', quote(list.segment)],
      ['resource', quote(target)],
    ];
    if (list.via.kind === 'foreign-key') {
      const via = objectLiteral(
        [
          ['kind', "'foreign-key'"],
          ['field', quote(list.via.foreignKeyField)],
        ],
        11,
      );
      return item([...head, ['via', via]]);
    }
    const join = list.via.joinTable.exportName;
    const [own, other] =
      list.via.ownColumn === list.via.joinTable.ownerColumn
        ? ['ownerId', 'targetId']
        : ['targetId', 'ownerId'];
    const via = objectLiteral(
      [
        ['kind', "'join-table'"],
        ['joinTable', join],
        ['ownColumn', `${join}.${own}`],
        ['otherColumn', `${join}.${other}`],
      ],
      11,
    );
    return item([...head, ['via', via]]);
  });
  const uniques: [string, string][] = [
    ...entity.fields
      .filter((field) => field.unique)
      .map((field): [string, string] => [
        propertyKey(uniqueConstraintOf(table, field.column)),
        quote(field.name),
      ]),
    ...entity.foreignKeys
      .filter((key) => key.unique)
      .map((key): [string, string] => [propertyKey(uniqueConstraintOf(table, key.column)), quote(key.field)]),
  ];
  const restricted = entity.restrictedBy.map((blocker): [string, string] => [
    propertyKey(blocker.constraint),
    quote(entityNamed(model, blocker.entity).names.pluralKebab),
  ]);
  const joinImports = [
    ...new Set([
      ...entity.manyToMany.map((link) => link.joinTable.exportName),
      ...entity.relatedLists.flatMap((list) =>
        list.via.kind === 'join-table' ? [list.via.joinTable.exportName] : [],
      ),
    ]),
  ].sort();
  const schemaImports = [pluralCamel, ...(usesLinks ? joinImports : [])];
  return sourceFile(
    model,
    `src/server/resources/${kebab}.resource.ts`,
    code`
      import { hooks } from '../../custom/hooks.js';
      ${importStatement([`${camel}CreateSchema`, `${camel}UpdateSchema`], `../../shared/${kebab}.schema.js`)}
      ${importStatement(schemaImports, '../db/schema/index.js')}
      import type { ResourceDefinition } from './kit/definition.js';

      export const ${camel}Resource: ResourceDefinition = {
        entity: ${quote(pascal)},
        path: ${quote(pluralKebab)},
        table: ${pluralCamel},
        createSchema: ${camel}CreateSchema,
        updateSchema: ${camel}UpdateSchema,
        fields: ${arrayLiteral(fieldSpecs, 2 + 'fields: '.length, ',')}
        links: ${arrayLiteral(links, 2 + 'links: '.length, ',')}
        related: ${arrayLiteral(related, 2 + 'related: '.length, ',')}
        uniqueConstraints: ${objectLiteral(uniques, 2 + 'uniqueConstraints: '.length, ',')}
        restrictedBy: ${objectLiteral(restricted, 2 + 'restrictedBy: '.length, ',')}
        hooks: hooks.${pascal} ?? {},
      };
    `,
  );
}

export function resourcesIndexFile(model: CodegenModel): GeneratedFile {
  const sorted = [...model.entities].sort((a, b) => a.names.kebab.localeCompare(b.names.kebab));
  return sourceFile(
    model,
    'src/server/resources/index.ts',
    code`
      import type { ResourceDefinition } from './kit/definition.js';
      ${sorted.map((entity) => importStatement([`${entity.names.camel}Resource`], `./${entity.names.kebab}.resource.js`))}

      /** Every entity's resource, keyed by its path under /api. */
      export const resources: ReadonlyMap<string, ResourceDefinition> = new Map([
        ${model.entities.map((entity) => `[${quote(entity.names.pluralKebab)}, ${entity.names.camel}Resource],`)}
      ]);
    `,
  );
}
