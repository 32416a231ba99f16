import { describe, expect, it } from 'vitest';
import { clinicBlueprint } from '../examples/clinic.js';
import { validateBlueprint } from './validate-blueprint.js';

/** The clinic example as loose JSON, to break in ways the types would not allow. */
type Json = Record<string, unknown> & {
  entities: (Record<string, unknown> & { fields: Record<string, unknown>[] })[];
};
const looseClinic = (): Json => JSON.parse(JSON.stringify(clinicBlueprint)) as Json;
const fieldOf = (blueprint: Json, entity: number, field: number): Record<string, unknown> =>
  blueprint.entities[entity]!.fields[field]!;

const problemsOf = (input: unknown) => {
  const result = validateBlueprint(input);
  if (result.ok) throw new Error('expected the Blueprint to be refused');
  return result.problems;
};

describe('shape problems', () => {
  it('names an unknown field, lists what is allowed and spots a typo', () => {
    const blueprint = looseClinic();
    fieldOf(blueprint, 0, 0).requred = true;
    const [problem] = problemsOf(blueprint);
    expect(problem).toMatchObject({
      code: 'unknown_field',
      path: 'entities[0].fields[0].requred',
      pointer: '/entities/0/fields/0/requred',
    });
    expect(problem?.suggestion).toContain('did you mean `required`?');
    expect(problem?.suggestion).toContain('allowed here: name, label, description, type, required');
  });

  it('asks to remove an unknown field that resembles nothing', () => {
    const blueprint = looseClinic();
    blueprint.colour = 'blue';
    const [problem] = problemsOf(blueprint);
    expect(problem?.path).toBe('colour');
    expect(problem?.suggestion).toMatch(/^remove `colour`; allowed here: schemaVersion, name, slug/);
  });

  it('names a missing field and shows what to add', () => {
    const blueprint = looseClinic();
    delete fieldOf(blueprint, 0, 1).type;
    delete blueprint.roles;
    const problems = problemsOf(blueprint);
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['missing_field', 'entities[0].fields[1].type'],
      ['missing_field', 'roles'],
    ]);
    expect(problems[0]?.suggestion).toContain(
      'add `type`, e.g. "type": "string"; allowed values: string, text',
    );
    expect(problems[1]?.suggestion).toContain('"administrator": true');
  });

  it('suggests the closest allowed value of an enum, with the list', () => {
    const blueprint = looseClinic();
    fieldOf(blueprint, 0, 2).type = 'strng';
    blueprint.compliance = ['HIPPA'];
    const problems = problemsOf(blueprint);
    expect(problems[0]).toMatchObject({ code: 'invalid_value', path: 'entities[0].fields[2].type' });
    expect(problems[0]?.suggestion).toMatch(
      /^use `string` \(the closest allowed value\); allowed: string, text/,
    );
    expect(problems[1]?.suggestion).toContain('use `HIPAA`');
  });

  it('rewrites a name that breaks its pattern into the expected case', () => {
    const blueprint = looseClinic();
    fieldOf(blueprint, 0, 0).name = 'Full Name';
    blueprint.entities[1]!.name = 'lab results';
    blueprint.slug = 'City Clinic';
    const problems = problemsOf(blueprint);
    expect(problems.map((problem) => [problem.code, problem.path, problem.suggestion])).toEqual([
      ['invalid_format', 'slug', 'write `city-clinic`'],
      ['invalid_format', 'entities[0].fields[0].name', 'write `fullName`'],
      ['invalid_format', 'entities[1].name', 'write `LabResult`'],
    ]);
    expect(problems[1]?.message).toContain('must be camelCase');
  });

  it('explains wrong types and bad locale keys', () => {
    const blueprint = looseClinic();
    blueprint.locales = 'en';
    blueprint.entities[0]!.label = { EN: 'Patient' };
    const problems = problemsOf(blueprint);
    expect(problems[0]).toMatchObject({ code: 'invalid_type', path: 'locales' });
    expect(problems[0]?.message).toBe('`locales` must be a list, not text ("en")');
    expect(problems[1]).toMatchObject({ code: 'invalid_key', path: 'entities[0].label.EN' });
    expect(problems[1]?.suggestion).toBe('rename the key to `en`');
  });

  it('reports sizes: an empty list and an empty name', () => {
    const blueprint = looseClinic();
    blueprint.name = '';
    blueprint.entities = [];
    const problems = problemsOf(blueprint);
    expect(problems.map((problem) => problem.code)).toEqual(['too_small', 'too_small']);
    expect(problems[0]?.message).toBe('`name` must not be empty');
    expect(problems[1]?.message).toBe('`entities` needs at least 1 item');
    expect(problems[1]?.suggestion).toContain('"name": "Patient"');
  });

  it('refuses input that is not an object at all', () => {
    const [problem] = problemsOf('not a blueprint');
    expect(problem).toMatchObject({ code: 'invalid_type', path: '', pointer: '' });
  });

  it('reports only shape problems when the shape fails', () => {
    const blueprint = looseClinic();
    blueprint.colour = 'blue';
    blueprint.defaultLocale = 'fr';
    expect(problemsOf(blueprint).map((problem) => problem.code)).toEqual(['unknown_field']);
  });
});
