import { describe, expect, it } from 'vitest';
import { validateBlueprint } from '../../../blueprint/index.js';
import type { Blueprint, BlueprintInput } from '../../../contracts/index.js';
import { buildModel, entityNamed, type CodegenModel, type FieldModel } from '../../model/index.js';
import { bookshopBlueprint, testBlueprints } from '../../test-fixtures/index.js';
import { buildSeedPlan, insertionOrder, SEED_ROWS_PER_ENTITY, type SeedPlan } from './index.js';

function valid(input: BlueprintInput): Blueprint {
  const result = validateBlueprint(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.blueprint;
}

const models: [string, CodegenModel][] = Object.entries(testBlueprints()).map(([label, input]) => [
  label,
  buildModel(valid(input)),
]);
const modelOf = (label: string): CodegenModel => {
  const found = models.find(([name]) => name === label)?.[1];
  if (!found) throw new Error(`No test Blueprint ${label}`);
  return found;
};

/** A value as text: strings as they are, anything else as JSON. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The constraint a value breaks, or undefined: the same rules the generated Zod schemas apply. */
function problemOf(field: FieldModel, value: unknown): string | undefined {
  if (value === null || value === undefined) return field.required ? 'missing' : undefined;
  const length = typeof value === 'string' ? value.length : 0;
  const number = typeof value === 'number' ? value : Number(value);
  switch (field.type) {
    case 'string':
    case 'text':
      if (typeof value !== 'string' || value.trim() !== value) return 'not trimmed text';
      if (length < (field.minLength ?? (field.required ? 1 : 0))) return 'too short';
      return length > (field.maxLength ?? Infinity) ? 'too long' : undefined;
    case 'email':
      return /^[a-z0-9.]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(text(value)) ? undefined : 'bad email';
    case 'phone':
      return /^\+?[0-9 ()-]{5,20}$/.test(text(value)) ? undefined : 'bad phone';
    case 'url':
      return URL.canParse(text(value)) && text(value).startsWith('https://') ? undefined : 'bad url';
    case 'integer':
    case 'decimal':
    case 'money': {
      if (field.type === 'integer' && !Number.isInteger(value)) return 'not an integer';
      if (field.type !== 'integer' && !/^-?\d+(\.\d{1,2})?$/.test(text(value))) return 'bad decimal';
      if (number < (field.min ?? -Infinity) || number > (field.max ?? Infinity)) return 'out of bounds';
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'not a boolean';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text(value)) ? undefined : 'bad date';
    case 'datetime':
      return new Date(text(value)).toISOString() === value ? undefined : 'bad datetime';
    case 'enum':
      return field.enumValues.some((option) => option.value === value) ? undefined : 'not a value';
    case 'json':
      return typeof value === 'object' ? undefined : 'not json';
    case 'file':
      return typeof value === 'object' && 'dataBase64' in value ? undefined : 'not a file';
  }
}

describe('buildSeedPlan', () => {
  const plans = new Map<string, SeedPlan>(models.map(([label, model]) => [label, buildSeedPlan(model)]));

  it('is deterministic: the same Blueprint gives the same rows, another slug other values', () => {
    const clinic = modelOf('clinic');
    expect(buildSeedPlan(structuredClone(clinic))).toEqual(buildSeedPlan(clinic));
    const renamed = buildModel({ ...clinic.blueprint, slug: 'town-clinic' });
    expect(buildSeedPlan(renamed).entities[0]?.rows).not.toEqual(buildSeedPlan(clinic).entities[0]?.rows);
  });

  it.each(models)(
    '%s: gives every entity rows whose values satisfy every field constraint',
    (label, model) => {
      const plan = plans.get(label);
      expect(plan?.skipped).toEqual([]);
      expect(plan?.entities.map((entity) => entity.entity).sort()).toEqual(
        model.entities.map((entity) => entity.names.pascal).sort(),
      );
      const problems: string[] = [];
      for (const seeded of plan?.entities ?? []) {
        const entity = entityNamed(model, seeded.entity);
        expect(seeded.rows).toHaveLength(SEED_ROWS_PER_ENTITY);
        for (const field of entity.fields) {
          const values = seeded.rows.map((row) => row.values[field.name]);
          values.forEach((value) => {
            const problem = problemOf(field, value);
            if (problem)
              problems.push(`${seeded.entity}.${field.name} = ${JSON.stringify(value)}: ${problem}`);
          });
          if (field.unique && new Set(values.map(String)).size !== values.length) {
            problems.push(`${seeded.entity}.${field.name} repeats a unique value`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(models)(
    '%s: references only rows written earlier, and fills every required one',
    (label, model) => {
      const written = new Set<string>();
      for (const seeded of plans.get(label)?.entities ?? []) {
        const entity = entityNamed(model, seeded.entity);
        for (const row of seeded.rows) {
          for (const key of entity.foreignKeys) {
            const target = row.values[key.field];
            if (key.required) expect(target).toEqual(expect.any(String));
            if (typeof target === 'string') expect(written.has(target)).toBe(true);
          }
          for (const link of entity.manyToMany) {
            for (const target of row.values[link.field] as string[]) expect(written.has(target)).toBe(true);
          }
          written.add(row.id);
        }
        for (const key of entity.foreignKeys.filter((candidate) => candidate.unique)) {
          const targets = seeded.rows.map((row) => row.values[key.field]).filter((id) => id !== null);
          expect(new Set(targets).size).toBe(targets.length);
        }
      }
    },
  );

  it('gives ids that are valid UUIDs (version 8) and stable across runs', () => {
    const ids = plans.get('bookshop')?.entities.flatMap((entity) => entity.rows.map((row) => row.id)) ?? [];
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes Arabic names and places for an Arabic-first Blueprint, English ones otherwise', () => {
    const arabic = /[\u0600-\u06FF]/;
    const citizen = plans.get('municipalPermits')?.entities.find((entity) => entity.entity === 'Citizen');
    expect(citizen?.rows.every((row) => arabic.test(text(row.values.fullName)))).toBe(true);
    expect(citizen?.rows[0]?.values.email).toMatch(/^[a-z]+\.[a-z]+@example\.sa$/);
    expect(text(citizen?.rows[0]?.values.mobile)).toMatch(/^\+966 5/);
    const employee = plans
      .get('enterpriseOperations')
      ?.entities.find((entity) => entity.entity === 'Employee');
    expect(employee?.rows.every((row) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(text(row.values.fullName)))).toBe(
      true,
    );
  });

  it('names a thing after the word before "Name", e.g. a bank for bankName', () => {
    const accounts = plans.get('microfinance')?.entities.find((entity) => entity.entity === 'BankAccount');
    for (const row of accounts?.rows ?? []) expect(text(row.values.bankName)).toMatch(/^[A-Z][a-z]+ Bank$/);
  });

  it('keeps a self-relation a tree and an end date after its start date', () => {
    const employees = plans
      .get('enterpriseOperations')
      ?.entities.find((entity) => entity.entity === 'Employee');
    const [root, ...others] = employees?.rows ?? [];
    expect(root?.values.managerId).toBeNull();
    const earlier = new Set([root?.id]);
    for (const row of others) {
      expect(earlier.has(text(row.values.managerId))).toBe(true);
      earlier.add(row.id);
    }
    const leave = plans
      .get('enterpriseOperations')
      ?.entities.find((entity) => entity.entity === 'LeaveRequest');
    for (const row of leave?.rows ?? [])
      expect(text(row.values.endsOn) > text(row.values.startsOn)).toBe(true);
  });
});

describe('insertionOrder', () => {
  it('puts parents before children, whatever order the Blueprint lists them in', () => {
    const { order } = insertionOrder(modelOf('enterpriseOperations'));
    const names = order.map((entity) => entity.names.pascal);
    expect(names.indexOf('Company')).toBeLessThan(names.indexOf('Department'));
    expect(names.indexOf('SalesOrder')).toBeLessThan(names.indexOf('OrderLine'));
    expect(names.indexOf('Product')).toBeLessThan(names.indexOf('StockLevel'));
  });

  it('skips an entity that requires a record of its own kind, rather than writing an invalid row', () => {
    const bookshop = valid(bookshopBlueprint);
    const withCycle = buildModel({
      ...bookshop,
      relations: [
        ...bookshop.relations,
        {
          name: 'parent',
          kind: 'belongs-to',
          from: 'Genre',
          to: 'Genre',
          required: true,
          onDelete: 'restrict',
        },
      ],
    });
    const plan = buildSeedPlan(withCycle);
    expect(plan.skipped.map((entry) => entry.entity)).toEqual(['Genre']);
    // Books still come, with their optional links to the missing genres left empty.
    const books = plan.entities.find((entity) => entity.entity === 'Book');
    expect(books?.rows.map((row) => row.values.genreIds)).toEqual([[], [], [], [], []]);
  });
});
