/**
 * Entity names: unique (ignoring case, and by the table they generate) and safe as a TypeScript
 * type and a PostgreSQL table.
 * @module
 */
import { tableNameOf } from '../../naming/plural.js';
import { reservedEntityReason, saferEntityNames } from '../../naming/reserved.js';
import { quote, quoteAlternatives } from '../problem.js';
import { type Rule, forEachRepeat } from './rule.js';

export const checkEntityNames: Rule = (blueprint, report) => {
  const { entities } = blueprint;
  const repeatedName = new Set<number>();
  forEachRepeat(
    entities,
    (entity) => entity.name.toLowerCase(),
    (entity, index, first) => {
      repeatedName.add(index);
      report(
        'duplicate_entity_name',
        ['entities', index, 'name'],
        `the entity name ${quote(entity.name)} is already used by entities[${first}] (${quote(entities[first]?.name ?? '')})`,
        `rename one of them, or merge their fields into one entity; names must differ in more than letter case`,
      );
    },
  );
  forEachRepeat(
    entities,
    (entity) => tableNameOf(entity.name),
    (entity, index, first) => {
      if (repeatedName.has(index)) return;
      report(
        'duplicate_table_name',
        ['entities', index, 'name'],
        `${quote(entity.name)} and ${quote(entities[first]?.name ?? '')} (entities[${first}]) would both be stored in the table ${quote(tableNameOf(entity.name))}`,
        `entity names are singular: rename one of them, e.g. use the singular ${quote(entities[first]?.name ?? '')} once`,
      );
    },
  );
  entities.forEach((entity, index) => {
    const reason = reservedEntityReason(entity.name);
    if (!reason) return;
    const because =
      reason.kind === 'infrastructure'
        ? `the generated platform already has its own ${quote(reason.identifier)} (accounts, sign-in, audit and access control are built in)`
        : reason.kind === 'typescript-global'
          ? `it would shadow the built-in TypeScript/JavaScript ${quote(reason.identifier)}`
          : `its table ${quote(reason.identifier)} is a PostgreSQL reserved word`;
    report(
      'reserved_entity_name',
      ['entities', index, 'name'],
      `the entity name ${quote(entity.name)} cannot be used: ${because}`,
      `rename it, e.g. ${quoteAlternatives(saferEntityNames(entity.name))}`,
    );
  });
};
