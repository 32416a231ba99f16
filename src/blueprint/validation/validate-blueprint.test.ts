import { describe, expect, it } from 'vitest';
import type { Blueprint, Entity } from '../../contracts/index.js';
import { clinicBlueprint } from '../examples/clinic.js';
import { clinic, problemsAfter } from './test-support.js';
import { validateBlueprint } from './validate-blueprint.js';

describe('validateBlueprint', () => {
  it('accepts the clinic example and fills in defaults', () => {
    const result = validateBlueprint(clinicBlueprint);
    expect(result.problems).toEqual([]);
    if (!result.ok) throw new Error('the clinic example must be valid');
    expect(result.blueprint.entities[0]?.fields[2]?.required).toBe(false);
    expect(result.blueprint.roles[2]?.administrator).toBe(false);
  });

  it('reports every problem, in document order whatever rule found it', () => {
    const problems = problemsAfter((b) => {
      b.compliance.push('HIPAA');
      b.entities[2]!.fields.push({ ...b.entities[2]!.fields[0]!, name: 'order' });
      b.defaultLocale = 'fr';
      b.relations[0]!.to = 'Patinet';
      b.entities[0]!.displayField = 'name';
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      'defaultLocale',
      'entities[0].displayField',
      'entities[2].fields[4].name',
      'relations[0].to',
      'compliance[3]',
    ]);
  });

  it('validates a Blueprint of 500 entities', () => {
    const base = clinic();
    const template = base.entities[0]!;
    const names = Array.from(
      { length: 500 },
      (_, index) => `Thing${String.fromCharCode(65 + (index % 26))}${index}`,
    );
    const entities: Entity[] = names.map((name) => ({ ...structuredClone(template), name }));
    const big: Blueprint = {
      ...base,
      entities,
      relations: names.slice(1).map((name, index) => ({
        name: 'parent',
        kind: 'belongs-to',
        from: name,
        to: names[index]!,
        inverseName: 'children',
        required: false,
        onDelete: 'restrict',
      })),
      roles: [
        {
          ...base.roles[0]!,
          inherits: [],
          permissions: names.map((entity) => ({ entity, actions: ['read'], scope: 'all' })),
        },
      ],
      pages: [],
      navigation: [],
    };
    expect(validateBlueprint(big).problems).toEqual([]);
  });
});
