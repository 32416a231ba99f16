import { describe, expect, it } from 'vitest';
import { onlyProblem, problemsAfter } from '../test-support.js';

describe('relations', () => {
  it('refuses unknown from and to entities, suggesting the closest', () => {
    const problems = problemsAfter((b) => {
      const relation = b.relations[0];
      if (relation) Object.assign(relation, { from: 'Appointmnet', to: 'Invoice' });
    });
    const [from, to] = problems.filter((problem) => problem.code === 'relation_entity_missing');
    expect(from?.path).toBe('relations[0].from');
    expect(from?.suggestion).toContain('did you mean `Appointment`?');
    expect(to?.path).toBe('relations[0].to');
    expect(to?.suggestion).toContain('add an entity named `Invoice`');
  });

  it('refuses a required relation that would be set to null', () => {
    const problem = onlyProblem(
      problemsAfter((b) => {
        if (b.relations[0]) b.relations[0].onDelete = 'set-null';
      }),
      'required_relation_set_null',
    );
    expect(problem.path).toBe('relations[0].onDelete');
    expect(problem.suggestion).toContain('cascade');
  });

  it('refuses a required many-to-many', () => {
    const problem = onlyProblem(
      problemsAfter((b) => {
        b.relations.push({
          name: 'colleagues',
          kind: 'many-to-many',
          from: 'Doctor',
          to: 'Doctor',
          required: true,
          onDelete: 'cascade',
        });
      }),
      'required_many_to_many',
    );
    expect(problem.path).toBe('relations[3].required');
    expect(problem.suggestion).toContain('"required"');
  });

  it('accepts an optional set-null relation and an optional many-to-many', () => {
    expect(
      problemsAfter((b) => {
        b.relations.push(
          {
            name: 'colleagues',
            kind: 'many-to-many',
            from: 'Doctor',
            to: 'Doctor',
            required: false,
            onDelete: 'cascade',
          },
          {
            name: 'usualDoctor',
            kind: 'belongs-to',
            from: 'Patient',
            to: 'Doctor',
            required: false,
            onDelete: 'set-null',
          },
        );
      }),
    ).toEqual([]);
  });
});
