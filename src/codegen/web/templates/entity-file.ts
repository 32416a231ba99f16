/**
 * `web/src/entities/<entity>.tsx`: one entity's list columns, form fields, pickers and related lists,
 * typed against the record type of the shared schema, and its three pages wired to the generic ones.
 */
import { humanize } from '../../../blueprint/index.js';
import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { LocalizedText } from '../../../contracts/index.js';
import type { CodegenModel, EntityModel, FieldModel } from '../../model/index.js';
import { constDeclaration, importStatement, printLiteral, Raw, type Literal } from '../literal.js';
import { webSourceFile } from '../source-file.js';
import { entityPathOf, listColumnsOf } from '../web-model.js';

/** Where the server generator writes the Zod schemas both sides share, seen from `web/src/entities/`. */
export function sharedSchemaImportPath(entity: EntityModel): string {
  return `../../../src/shared/${entity.names.kebab}.schema.js`;
}

export function entityFilePath(entity: EntityModel): string {
  return `web/src/entities/${entity.names.kebab}.tsx`;
}

/**
 * A picker's label: the relation's own label when the Blueprint gives one, else the target entity's
 * label when the relation is simply named after it (`patient` → Patient), else the humanized name.
 */
function referenceLabel(
  model: CodegenModel,
  holder: EntityModel,
  link: { relationName: string; target: string; label: LocalizedText },
  plural: boolean,
): LocalizedText {
  const labelled = model.blueprint.relations.some(
    (relation) =>
      relation.label !== undefined &&
      ((relation.from === holder.names.pascal && relation.name === link.relationName) ||
        (relation.to === holder.names.pascal && relation.inverseName === link.relationName)),
  );
  const target = model.entities.find((candidate) => candidate.names.pascal === link.target);
  if (labelled || !target) return link.label;
  if (link.relationName === (plural ? target.names.pluralCamel : target.names.camel)) {
    return plural ? target.pluralLabel : target.label;
  }
  return link.label;
}

function fieldLiteral(field: FieldModel): Literal {
  const options = field.enumValues.map((option) => ({
    value: option.value,
    // Without a label the stored value is all there is; it reads as English whatever the locale.
    label: option.label ?? { en: humanize(option.value) },
  }));
  return {
    name: field.name,
    type: field.type,
    label: field.label,
    required: field.required,
    options: field.type === 'enum' ? options : undefined,
    currency: field.currency,
    min: field.min,
    max: field.max,
    minLength: field.minLength,
    maxLength: field.maxLength,
    defaultValue: field.default,
    sensitive: field.encrypted ? true : undefined,
  };
}

function configLiteral(model: CodegenModel, entity: EntityModel): Literal {
  const { camel } = entity.names;
  const references = [
    ...entity.foreignKeys.map((key) => ({
      name: key.field,
      label: referenceLabel(model, entity, key, false),
      target: entityPathOf(model, key.target),
      required: key.required,
      multiple: false,
    })),
    ...entity.manyToMany.map((link) => ({
      name: link.field,
      label: referenceLabel(model, entity, link, true),
      target: entityPathOf(model, link.target),
      required: false,
      multiple: true,
    })),
  ];
  const targetsSeen = entity.relatedLists.map((list) => list.target);
  const related = entity.relatedLists.map((list) => {
    const target = model.entities.find((candidate) => candidate.names.pascal === list.target);
    // Two lists of the same entity (e.g. sent and received messages) are told apart by their names.
    const ambiguous = targetsSeen.filter((name) => name === list.target).length > 1;
    const label = ambiguous || !target ? { en: humanize(list.name) } : target.pluralLabel;
    return { segment: list.segment, label, target: entityPathOf(model, list.target) };
  });
  return {
    name: entity.names.pascal,
    path: entity.names.pluralKebab,
    label: entity.label,
    pluralLabel: entity.pluralLabel,
    displayField: entity.displayField,
    fields: entity.fields.map(fieldLiteral),
    references,
    columns: listColumnsOf(entity),
    related,
    createSchema: new Raw(`${camel}CreateSchema`),
    updateSchema: new Raw(`${camel}UpdateSchema`),
  };
}

export function entityFile(model: CodegenModel, entity: EntityModel): GeneratedFile {
  const { camel, pascal } = entity.names;
  const config = `${camel}Config`;
  const schemaImport = importStatement(
    [`${camel}CreateSchema`, `${camel}UpdateSchema`, `type ${pascal}Record`],
    sharedSchemaImportPath(entity),
  );
  const head = `export const ${config} = defineEntity<${pascal}Record>(`;
  const configCode = `${head}${printLiteral(configLiteral(model, entity), {
    indent: 0,
    before: head.length,
    after: 2,
    expand: true,
  })});`;
  const views = {
    config: new Raw(config),
    List: new Raw(`${pascal}List`),
    Detail: new Raw(`${pascal}Detail`),
    Form: new Raw(`${pascal}Form`),
  };
  const body = code`
    /** ${pascal}: its list columns, form fields, pickers and related lists, and its pages. */
    ${schemaImport}
    ${importStatement(['defineEntity', 'type DetailProps', 'type EntityViews', 'type FormProps', 'type ListProps'], '../lib/entity-config.js')}
    import { EntityDetailPage } from '../pages/entity-detail-page.js';
    import { EntityFormPage } from '../pages/entity-form-page.js';
    import { EntityListPage } from '../pages/entity-list-page.js';

    ${configCode}

    export function ${pascal}List({ title }: ListProps) {
      return <EntityListPage config={${config}} title={title} />;
    }

    export function ${pascal}Detail({ id }: DetailProps) {
      return <EntityDetailPage config={${config}} id={id} />;
    }

    export function ${pascal}Form({ id }: FormProps) {
      return <EntityFormPage config={${config}} id={id} />;
    }

    ${constDeclaration(`export const ${camel}Views: EntityViews`, views)}
  `;
  return webSourceFile(model.name, entityFilePath(entity), body);
}
