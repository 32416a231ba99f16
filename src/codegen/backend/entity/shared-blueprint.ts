import { code, propertyKey, quote } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { LocalizedText } from '../../../contracts/index.js';
import { arrayLiteral, objectLiteral } from '../../layout.js';
import { entityNamed, type CodegenModel, type EntityModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

type Entries = [string, string][];

function text(value: LocalizedText, column: number): string {
  const entries = Object.entries(value)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([locale, words]): [string, string] => [propertyKey(locale), quote(words)]);
  return objectLiteral(entries, column);
}

/** An array property at `column` (where its key starts) whose items are objects built for their column. */
function listProperty(key: string, column: number, build: (itemColumn: number) => string[]): string {
  return `${key}: ${arrayLiteral(build(column + 2), column + key.length + 2, ',')}`;
}

function fieldEntries(field: EntityModel['fields'][number], column: number): Entries {
  const inner = column + 2;
  const entries: Entries = [
    ['name', quote(field.name)],
    ['type', quote(field.type)],
    ['label', text(field.label, inner + 'label: '.length)],
    ['required', String(field.required)],
    ['dataClass', quote(field.dataClass)],
    ['sensitive', String(field.encrypted)],
  ];
  if (field.enumValues.length > 0) {
    const values = field.enumValues.map((value) => {
      const valueEntries: Entries = [['value', quote(value.value)]];
      if (value.label) valueEntries.push(['label', text(value.label, inner + 4 + 'value: '.length)]);
      return objectLiteral(valueEntries, inner + 2);
    });
    entries.push(['values', arrayLiteral(values, inner + 'values: '.length)]);
  }
  if (field.currency) entries.push(['currency', quote(field.currency)]);
  return entries;
}

function entityMetadata(model: CodegenModel, entity: EntityModel): string {
  // Entities sit at column 2; their properties at column 4; list items at column 6.
  const target = (name: string) => quote(entityNamed(model, name).names.pluralKebab);
  const fields = listProperty('fields', 4, (column) =>
    entity.fields.map((field) => objectLiteral(fieldEntries(field, column), column)),
  );
  const references = listProperty('references', 4, (column) =>
    entity.foreignKeys.map((key) =>
      objectLiteral(
        [
          ['field', quote(key.field)],
          ['relation', quote(key.relationName)],
          ['target', target(key.target)],
          ['required', String(key.required)],
          ['label', text(key.label, column + 2 + 'label: '.length)],
        ],
        column,
      ),
    ),
  );
  const links = listProperty('links', 4, (column) =>
    entity.manyToMany.map((link) =>
      objectLiteral(
        [
          ['field', quote(link.field)],
          ['relation', quote(link.relationName)],
          ['target', target(link.target)],
          ['label', text(link.label, column + 2 + 'label: '.length)],
        ],
        column,
      ),
    ),
  );
  const related = listProperty('related', 4, (column) =>
    entity.relatedLists.map((list) =>
      objectLiteral(
        [
          ['name', quote(list.name)],
          ['path', quote(list.segment)],
          ['target', target(list.target)],
        ],
        column,
      ),
    ),
  );
  return code`
    {
      name: ${quote(entity.names.pascal)},
      path: ${quote(entity.names.pluralKebab)},
      label: ${text(entity.label, 4 + 'label: '.length)},
      pluralLabel: ${text(entity.pluralLabel, 4 + 'pluralLabel: '.length)},
      displayField: ${quote(entity.displayField)},
      ${fields}
      ${references}
      ${links}
      ${related}
    },
  `;
}

/** src/shared/blueprint.ts: the metadata server and web both read (labels, fields, pages, permissions). */
export function sharedBlueprintFile(model: CodegenModel): GeneratedFile {
  const { blueprint } = model;
  const permissions = model.roles.map((role) => {
    const entries = Object.entries(role.permissions).map(([path, scopes]) => {
      const value = objectLiteral(
        (['create', 'read', 'update', 'delete'] as const).map((action): [string, string] => [
          action,
          scopes[action] ? quote(scopes[action]) : 'null',
        ]),
        4 + propertyKey(path).length + 2,
      );
      return `${propertyKey(path)}: ${value},`;
    });
    return code`
      ${propertyKey(role.name)}: {
        ${entries}
      },
    `;
  });
  const pages = blueprint.pages.map((page) => {
    const entries: Entries = [
      ['name', quote(page.name)],
      ['kind', quote(page.kind)],
      ['path', quote(page.path)],
      ['title', text(page.title, 4 + 'title: '.length)],
    ];
    if (page.entity) entries.push(['entity', quote(entityNamed(model, page.entity).names.pluralKebab)]);
    entries.push(['roles', `[${page.roles.map(quote).join(', ')}]`]);
    return objectLiteral(entries, 2);
  });
  const navigation = blueprint.navigation.map((item) => {
    const entries: Entries = [['page', quote(item.page)]];
    if (item.group) entries.push(['group', text(item.group, 4 + 'group: '.length)]);
    return objectLiteral(entries, 2);
  });
  const roles = model.roles.map((role) =>
    objectLiteral(
      [
        ['name', quote(role.name)],
        ['label', text(role.label, 4 + 'label: '.length)],
        ['administrator', String(role.administrator)],
      ],
      2,
    ),
  );
  const administrators = model.roles.filter((role) => role.administrator).map((role) => quote(role.name));
  return sourceFile(
    model,
    'src/shared/blueprint.ts',
    code`
      export type Scope = 'all' | 'own';
      export type CrudAction = 'create' | 'read' | 'update' | 'delete';
      export type EntityPermissions = Record<CrudAction, Scope | null>;
      export type LocalizedText = Record<string, string>;

      export const platform = {
        name: ${quote(model.name)},
        slug: ${quote(model.slug)},
        locales: ${arrayLiteral(blueprint.locales.map(quote), 2 + 'locales: '.length, ',')}
        defaultLocale: ${quote(blueprint.defaultLocale)},
        compliance: ${arrayLiteral(blueprint.compliance.map(quote), 2 + 'compliance: '.length, ',')}
      } as const;

      export const entities = [
        ${model.entities.map((entity) => entityMetadata(model, entity))}
      ] as const;

      export const roles = ${arrayLiteral(roles, 'export const roles = '.length, ' as const;')}

      export const roleNames = ${arrayLiteral(
        model.roles.map((role) => quote(role.name)),
        'export const roleNames = '.length,
        ' as const;',
      )}
      export const administratorRoles: readonly string[] = ${arrayLiteral(
        administrators,
        'export const administratorRoles: readonly string[] = '.length,
        ';',
      )}
      /** The role the first user (created at first start) receives. */
      export const firstUserRole = ${quote(model.administratorRole)};

      /** What each role may do to each entity (keyed by path), inherited roles included. */
      export const rolePermissions: Record<string, Record<string, EntityPermissions>> = {
        ${permissions}
      };

      export const pages = ${arrayLiteral(pages, 'export const pages = '.length, ' as const;')}

      export const navigation = ${arrayLiteral(navigation, 'export const navigation = '.length, ' as const;')}

      /** True when some fields are encrypted at rest, so DATA_ENCRYPTION_KEY is required. */
      export const hasEncryptedFields = ${String(model.hasEncryptedFields)};
    `,
  );
}
