import type { LocalizedText } from '../../../contracts/index.js';
import type { CodegenModel, EntityModel, ForeignKeyModel } from '../../model/index.js';
import { seedValueOf, type RowContext, type SeedValue } from './field-values.js';
import { deterministicUuid, seededRandom } from './random.js';
import { vocabularyFor } from './vocabulary.js';

/** Rows per entity: enough to page, sort and search through, few enough to read. */
export const SEED_ROWS_PER_ENTITY = 5;

export interface SeedRow {
  id: string;
  /** A create body the entity's schema accepts, references and many-to-many ids included. */
  values: Record<string, SeedValue>;
}

export interface SeedEntity {
  entity: string;
  /** The resource path, e.g. `patients`. */
  resource: string;
  rows: SeedRow[];
}

export interface SeedPlan {
  /** In insertion order: every entity comes after the entities its rows reference. */
  entities: SeedEntity[];
  /** Entities left out, with why (a cycle of required relations cannot be seeded row by row). */
  skipped: { entity: string; reason: string }[];
}

function textIn(text: LocalizedText, locale: string): string {
  return text[locale] ?? Object.values(text)[0] ?? '';
}

/**
 * Orders entities so that each comes after the targets of its foreign keys and many-to-many links.
 * Where optional relations form a cycle, the entity whose required parents are all placed goes first
 * (its optional references to later entities stay empty); an entity whose required parents can never
 * be placed is skipped.
 */
export function insertionOrder(model: CodegenModel): { order: EntityModel[]; skipped: EntityModel[] } {
  const placed = new Set<string>();
  const order: EntityModel[] = [];
  const remaining = [...model.entities];
  const targets = (entity: EntityModel, requiredOnly: boolean) => [
    ...entity.foreignKeys.filter((key) => !requiredOnly || key.required).map((key) => key.target),
    ...(requiredOnly ? [] : entity.manyToMany.map((link) => link.target)),
  ];
  const ready = (entity: EntityModel, requiredOnly: boolean) =>
    targets(entity, requiredOnly).every((target) => target === entity.names.pascal || placed.has(target));
  while (remaining.length > 0) {
    const next =
      remaining.find((entity) => ready(entity, false)) ?? remaining.find((entity) => ready(entity, true));
    if (!next) break;
    const selfRequired = next.foreignKeys.some((key) => key.required && key.target === next.names.pascal);
    if (!selfRequired) {
      order.push(next);
      placed.add(next.names.pascal);
    }
    remaining.splice(remaining.indexOf(next), 1);
  }
  const skipped = model.entities.filter((entity) => !order.includes(entity));
  return { order, skipped };
}

function initialsOf(pascal: string): string {
  const capitals = pascal.replace(/[^A-Z]/g, '');
  return (capitals.length >= 2 ? capitals : pascal.slice(0, 3)).toUpperCase();
}

/** The id of another seeded row a foreign key points at, or null when none can be chosen. */
function referenceOf(
  key: ForeignKeyModel,
  index: number,
  ids: Map<string, string[]>,
  self: string,
  pick: (count: number) => number,
): string | null {
  const targetIds = ids.get(key.target) ?? [];
  if (key.target === self) {
    // A tree: the first row is the root, each later row hangs under an earlier one.
    return index === 0 ? null : (targetIds[Math.floor((index - 1) / 2)] ?? null);
  }
  if (targetIds.length === 0) return null;
  // A unique reference (has-one) takes a row of its own; others share.
  if (key.unique) return targetIds[index] ?? null;
  return targetIds[pick(targetIds.length)] ?? null;
}

/** Deterministic sample rows for every entity, seeded by the Blueprint's slug. */
export function buildSeedPlan(model: CodegenModel): SeedPlan {
  const { blueprint, slug } = model;
  const vocabulary = vocabularyFor(blueprint.defaultLocale);
  const { order, skipped } = insertionOrder(model);
  const ids = new Map<string, string[]>();
  const entities = order.map((entity, entityNumber): SeedEntity => {
    const pascal = entity.names.pascal;
    const random = seededRandom(`${slug}/${pascal}`);
    const offset = random.integer(0, vocabulary.people.length - 1);
    const rowIds = Array.from({ length: SEED_ROWS_PER_ENTITY }, (_, index) =>
      deterministicUuid(`${slug}/${pascal}/${String(index)}`),
    );
    // Known before the rows are built, so a self-relation can point at the rows written before it.
    ids.set(pascal, rowIds);
    const rows = rowIds.map((id, index): SeedRow => {
      const row: RowContext = {
        vocabulary,
        random,
        index,
        offset: offset + entityNumber,
        entityLabel: textIn(entity.label, blueprint.defaultLocale),
        entityKebab: entity.names.kebab,
        prefix: initialsOf(pascal),
        slug,
        person: vocabulary.people[(offset + entityNumber + index) % vocabulary.people.length] ?? {
          given: 'Alex',
          family: 'Morgan',
          latinGiven: 'alex',
          latinFamily: 'morgan',
        },
        values: {},
      };
      for (const field of entity.fields) row.values[field.name] = seedValueOf(field, row);
      for (const key of entity.foreignKeys) {
        const pick = (count: number) => random.integer(0, count - 1);
        row.values[key.field] = referenceOf(key, index, ids, pascal, pick);
      }
      for (const link of entity.manyToMany) {
        const targetIds = link.target === pascal ? rowIds.slice(0, index) : (ids.get(link.target) ?? []);
        const chosen = targetIds.length === 0 ? [] : [...new Set([index % targetIds.length, 0])];
        row.values[link.field] = chosen.map((at) => targetIds[at] ?? '').filter((at) => at !== '');
      }
      return { id, values: row.values };
    });
    return { entity: pascal, resource: entity.names.pluralKebab, rows };
  });
  return {
    entities,
    skipped: skipped.map((entity) => ({
      entity: entity.names.pascal,
      reason: 'its required relations form a cycle, so no row can be written first',
    })),
  };
}
