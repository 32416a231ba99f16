import type { Blueprint, Relation } from '../../contracts/index.js';
import {
  humanize,
  pluralOf,
  singularOf,
  toCamelCase,
  toKebabCase,
  toSnakeCase,
} from '../../blueprint/index.js';
import { identifier, namesOf } from './names.js';
import type { ForeignKeyModel, JoinTableModel, ManyToManyFieldModel, RelatedListModel } from './types.js';

export interface RelationEnds {
  foreignKeys: Map<string, ForeignKeyModel[]>;
  manyToMany: Map<string, ManyToManyFieldModel[]>;
  relatedLists: Map<string, RelatedListModel[]>;
  joinTables: JoinTableModel[];
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function foreignKey(
  holder: string,
  relationName: string,
  relation: Relation,
  unique: boolean,
): ForeignKeyModel {
  const column = `${toSnakeCase(relationName)}_id`;
  const target = holder === relation.from ? relation.to : relation.from;
  return {
    field: `${relationName}Id`,
    column,
    relationName,
    target,
    required: relation.required && relation.onDelete !== 'set-null',
    unique,
    onDelete: relation.onDelete,
    constraint: identifier(`${namesOf(holder).table}_${column}_fkey`),
    label: relation.label ?? { en: humanize(relationName) },
  };
}

/** Places each relation's foreign key (or join table) and the related-record lists on both sides. */
export function relationEnds(blueprint: Blueprint): RelationEnds {
  const ends: RelationEnds = {
    foreignKeys: new Map(),
    manyToMany: new Map(),
    relatedLists: new Map(),
    joinTables: [],
  };
  for (const relation of blueprint.relations) {
    const { from, to, name } = relation;
    if (relation.kind === 'belongs-to' || relation.kind === 'has-one') {
      const key = foreignKey(from, name, relation, relation.kind === 'has-one');
      push(ends.foreignKeys, from, key);
      const inverse =
        relation.inverseName ?? toCamelCase(relation.kind === 'has-one' ? from : pluralOf(from));
      push(ends.relatedLists, to, {
        name: inverse,
        segment: toKebabCase(inverse),
        target: from,
        via: { kind: 'foreign-key', foreignKeyField: key.field },
      });
    } else if (relation.kind === 'has-many') {
      const inverse = relation.inverseName ?? toCamelCase(from);
      const key = foreignKey(to, inverse, relation, false);
      push(ends.foreignKeys, to, key);
      push(ends.relatedLists, from, {
        name,
        segment: toKebabCase(name),
        target: to,
        via: { kind: 'foreign-key', foreignKeyField: key.field },
      });
    } else {
      const ownerColumn = `${toSnakeCase(from)}_id`;
      const targetColumn = from === to ? `related_${toSnakeCase(to)}_id` : `${toSnakeCase(to)}_id`;
      const table = identifier(`${namesOf(from).table}_${toSnakeCase(name)}`);
      const joinTable: JoinTableModel = {
        table,
        exportName: toCamelCase(table),
        ownerEntity: from,
        ownerColumn,
        targetEntity: to,
        targetColumn,
      };
      ends.joinTables.push(joinTable);
      push(ends.manyToMany, from, {
        // `genres` → `genreIds`: the singular reads as "the ids of the genres".
        field: `${singularOf(name)}Ids`,
        relationName: name,
        target: to,
        joinTable,
        label: relation.label ?? { en: humanize(name) },
      });
      push(ends.relatedLists, from, {
        name,
        segment: toKebabCase(name),
        target: to,
        via: { kind: 'join-table', joinTable, ownColumn: ownerColumn, otherColumn: targetColumn },
      });
      const inverse = relation.inverseName ?? toCamelCase(pluralOf(from));
      push(ends.relatedLists, to, {
        name: inverse,
        segment: toKebabCase(inverse),
        target: from,
        via: { kind: 'join-table', joinTable, ownColumn: targetColumn, otherColumn: ownerColumn },
      });
    }
  }
  return ends;
}
