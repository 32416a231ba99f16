/**
 * Each entity's members share one namespace: its fields, the relations that start from it and the
 * inverse names of relations that point at it all become properties of one generated type, and
 * fields and foreign keys become columns of one table. Checks uniqueness and reserved words.
 * @module
 */
import type { Blueprint, Relation } from '../../../contracts/index.js';
import { toCamelCase, toPascalCase } from '../../naming/case.js';
import { columnNameOf, pluralOf } from '../../naming/plural.js';
import { reservedColumnReason, reservedFieldReason, reservedPropertyReason } from '../../naming/reserved.js';
import { type PathSegment, formatPath, quote, quoteAlternatives } from '../problem.js';
import { reservedCode, reservedMessage, reservedSuggestion } from './reserved-messages.js';
import type { Report, Rule } from './rule.js';

type MemberKind = 'field' | 'relation' | 'inverse';

interface Member {
  kind: MemberKind;
  name: string;
  path: readonly PathSegment[];
}

interface Namespace {
  byName: Map<string, Member>;
  byColumn: Map<string, Member>;
}

const describeMember = (member: Member): string =>
  member.kind === 'field'
    ? `the field ${quote(member.name)}`
    : member.kind === 'relation'
      ? `the relation ${quote(member.name)}`
      : `${quote(member.name)}, the inverse name of ${formatPath(member.path.slice(0, 2))}`;

/** Foreign keys that sit on the `from` entity's table. */
const foreignKeyOf = (relation: Relation): string | undefined =>
  relation.kind === 'belongs-to' || relation.kind === 'has-one'
    ? `${columnNameOf(relation.name)}_id`
    : undefined;

function checkFields(blueprint: Blueprint, report: Report, namespaces: Map<string, Namespace>): void {
  blueprint.entities.forEach((entity, entityIndex) => {
    const namespace: Namespace = { byName: new Map(), byColumn: new Map() };
    if (!namespaces.has(entity.name)) namespaces.set(entity.name, namespace);
    entity.fields.forEach((field, fieldIndex) => {
      const path = ['entities', entityIndex, 'fields', fieldIndex, 'name'];
      const reason = reservedFieldReason(field.name);
      if (reason) {
        report(
          reservedCode(reason),
          path,
          reservedMessage('field name', field.name, reason),
          reservedSuggestion(field.name, reason, entity.name),
        );
      }
      const member: Member = { kind: 'field', name: field.name, path };
      const sameName = namespace.byName.get(field.name.toLowerCase());
      const column = columnNameOf(field.name);
      const sameColumn = namespace.byColumn.get(column);
      if (sameName) {
        report(
          'duplicate_field_name',
          path,
          `${quote(entity.name)} already has a field named ${quote(sameName.name)} (${formatPath(sameName.path.slice(0, 4))})`,
          'rename or remove one of them; field names must differ in more than letter case',
        );
      } else if (sameColumn) {
        report(
          'duplicate_column_name',
          path,
          `${quote(field.name)} and ${quote(sameColumn.name)} of ${quote(entity.name)} would both be stored in the column ${quote(column)}`,
          'rename one of them so their snake_case columns differ',
        );
      }
      if (!sameName) namespace.byName.set(field.name.toLowerCase(), member);
      if (!sameColumn) namespace.byColumn.set(column, member);
    });
  });
}

function checkRelationName(relation: Relation, index: number, namespace: Namespace, report: Report): void {
  const path = ['relations', index, 'name'];
  const foreignKey = foreignKeyOf(relation);
  const reason =
    reservedPropertyReason(relation.name) ??
    (foreignKey === undefined ? undefined : reservedColumnReason(foreignKey));
  if (reason) {
    report(
      reservedCode(reason),
      path,
      reservedMessage('relation name', relation.name, reason),
      `rename it after the part ${quote(relation.to)} plays, e.g. ${quoteAlternatives([toCamelCase(`assigned ${relation.to}`), toCamelCase(`responsible ${relation.to}`)])}`,
    );
  }
  const existing = namespace.byName.get(relation.name.toLowerCase());
  if (existing) {
    const duplicate = existing.kind === 'relation';
    report(
      duplicate ? 'duplicate_relation_name' : 'relation_name_clash',
      path,
      duplicate
        ? `${quote(relation.from)} already has a relation named ${quote(existing.name)} (${formatPath(existing.path.slice(0, 2))})`
        : `the relation ${quote(relation.name)} of ${quote(relation.from)} has the same name as ${describeMember(existing)}`,
      duplicate
        ? `name each relation after the part the other record plays, e.g. ${quoteAlternatives([`primary${toPascalCase(relation.name)}`, `referring${toPascalCase(relation.name)}`])}`
        : existing.kind === 'field'
          ? `rename the relation, or remove the field if it holds the same link (the relation stores the link itself)`
          : `rename the relation or the other relation's inverseName`,
    );
  } else {
    namespace.byName.set(relation.name.toLowerCase(), { kind: 'relation', name: relation.name, path });
  }
  if (foreignKey === undefined) return;
  const sameColumn = namespace.byColumn.get(foreignKey);
  if (sameColumn && sameColumn.kind === 'field') {
    report(
      'relation_column_clash',
      path,
      `the relation ${quote(relation.name)} adds the column ${quote(foreignKey)} to ${quote(relation.from)}, which ${describeMember(sameColumn)} already uses`,
      `remove the field ${quote(sameColumn.name)}: the relation stores the link to ${quote(relation.to)} itself`,
    );
  } else if (!sameColumn) {
    namespace.byColumn.set(foreignKey, { kind: 'relation', name: relation.name, path });
  }
}

/**
 * The name the `to` side gets: the declared inverseName, or the one generated code derives when
 * none is given (`appointments` for Appointment belongs-to Patient).
 */
export function inverseNameOf(relation: Relation): string {
  if (relation.inverseName !== undefined) return relation.inverseName;
  const pluralSide = relation.kind === 'belongs-to' || relation.kind === 'many-to-many';
  return toCamelCase(pluralSide ? pluralOf(relation.from) : relation.from);
}

function checkInverseName(relation: Relation, index: number, namespace: Namespace, report: Report): void {
  const inverseName = inverseNameOf(relation);
  const declared = relation.inverseName !== undefined;
  const path = declared ? ['relations', index, 'inverseName'] : ['relations', index];
  const what = declared ? 'inverse name' : 'inverse name (derived, as no inverseName is given)';
  const alternative = toCamelCase(`${relation.name} ${pluralOf(relation.from)}`);
  const fix = declared ? 'choose another inverseName' : 'add an inverseName';
  // has-many keeps its foreign key on the `to` side, named after the inverse.
  const foreignKey = relation.kind === 'has-many' ? `${columnNameOf(inverseName)}_id` : undefined;
  const reason =
    reservedPropertyReason(inverseName) ??
    (foreignKey === undefined ? undefined : reservedColumnReason(foreignKey));
  if (reason) {
    report(
      reservedCode(reason),
      path,
      reservedMessage(what, inverseName, reason),
      `${fix}, e.g. "inverseName": "${alternative}"`,
    );
  }
  const existing = namespace.byName.get(inverseName.toLowerCase());
  if (existing) {
    const duplicate = existing.kind === 'inverse';
    report(
      duplicate ? 'duplicate_inverse_name' : 'inverse_name_clash',
      path,
      `the ${what} ${quote(inverseName)} on ${quote(relation.to)} is already taken by ${describeMember(existing)}`,
      `${fix}, e.g. "inverseName": "${alternative}"`,
    );
  } else {
    namespace.byName.set(inverseName.toLowerCase(), { kind: 'inverse', name: inverseName, path });
  }
  if (foreignKey === undefined) return;
  const sameColumn = namespace.byColumn.get(foreignKey);
  if (sameColumn && sameColumn.kind === 'field') {
    report(
      'relation_column_clash',
      path,
      `the has-many relation ${quote(relation.name)} adds the column ${quote(foreignKey)} to ${quote(relation.to)}, which ${describeMember(sameColumn)} already uses`,
      `remove the field ${quote(sameColumn.name)}: the relation stores the link to ${quote(relation.from)} itself`,
    );
  } else if (!sameColumn) {
    namespace.byColumn.set(foreignKey, { kind: 'inverse', name: inverseName, path });
  }
}

export const checkMemberNames: Rule = (blueprint, report) => {
  const namespaces = new Map<string, Namespace>();
  checkFields(blueprint, report, namespaces);
  blueprint.relations.forEach((relation, index) => {
    const from = namespaces.get(relation.from);
    if (from) checkRelationName(relation, index, from, report);
    const to = namespaces.get(relation.to);
    if (to) checkInverseName(relation, index, to, report);
  });
};
