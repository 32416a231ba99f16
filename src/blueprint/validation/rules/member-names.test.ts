import { describe, expect, it } from 'vitest';
import type { Field, Relation } from '../../../contracts/index.js';
import { onlyProblem, problemsAfter } from '../test-support.js';

const field = (name: string): Field => ({
  name,
  label: { en: name, ar: name },
  type: 'string',
  required: false,
  unique: false,
  dataClass: 'none',
});

const relation = (overrides: Partial<Relation>): Relation => ({
  name: 'referrer',
  kind: 'belongs-to',
  from: 'Patient',
  to: 'Doctor',
  required: false,
  onDelete: 'restrict',
  ...overrides,
});

describe('field names', () => {
  it('refuses a field name used twice in an entity, ignoring case', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.entities[0]?.fields.push(field('fullname'))),
      'duplicate_field_name',
    );
    expect(problem.path).toBe('entities[0].fields[5].name');
    expect(problem.suggestion).toContain('rename or remove');
  });

  it('refuses PostgreSQL reserved words as generated columns, suggesting alternatives', () => {
    const problems = problemsAfter((b) => b.entities[0]?.fields.push(field('order'), field('currentDate')));
    const [order, currentDate] = problems.filter((problem) => problem.code === 'reserved_word');
    expect(order?.path).toBe('entities[0].fields[5].name');
    expect(order?.message).toContain('PostgreSQL');
    expect(order?.suggestion).toContain('`orderNumber` or `sortOrder`');
    expect(currentDate?.message).toContain('`current_date`');
  });

  it('refuses TypeScript reserved words', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.entities[0]?.fields.push(field('class'))),
      'reserved_word',
    );
    expect(problem.message).toContain('TypeScript');
    expect(problem.suggestion).toMatch(/rename it, e\.g\. `classroom`/);
  });

  it('refuses names the generated code adds itself', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.entities[0]?.fields.push(field('createdAt'))),
      'system_field_name',
    );
    expect(problem.path).toBe('entities[0].fields[5].name');
    expect(problem.suggestion).toMatch(/^remove it/);
  });

  it('accepts names that merely contain reserved words', () => {
    expect(
      problemsAfter((b) => b.entities[0]?.fields.push(field('orderNumber'), field('groupName'))),
    ).toEqual([]);
  });
});

describe('relation and inverse names', () => {
  it('refuses a relation named like a field of its from entity', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.relations.push(relation({ name: 'phone' }))),
      'relation_name_clash',
    );
    expect(problem.path).toBe('relations[3].name');
    expect(problem.message).toContain('the field `phone`');
  });

  it('refuses two relations with one name on the same entity', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.relations.push(relation({ from: 'Appointment', name: 'doctor' }))),
      'duplicate_relation_name',
    );
    expect(problem.path).toBe('relations[3].name');
    expect(problem.suggestion).toContain('`primaryDoctor`');
  });

  it('refuses an inverse name taken on the target entity', () => {
    const problems = problemsAfter((b) =>
      b.relations.push(
        relation({ inverseName: 'email' }),
        relation({ name: 'secondOpinion', inverseName: 'referredPatients' }),
        relation({ name: 'thirdOpinion', inverseName: 'referredPatients' }),
      ),
    );
    const clash = onlyProblem(problems, 'inverse_name_clash');
    expect(clash.path).toBe('relations[3].inverseName');
    expect(clash.message).toContain('the field `email`');
    const duplicate = onlyProblem(problems, 'duplicate_inverse_name');
    expect(duplicate.path).toBe('relations[5].inverseName');
  });

  it('refuses a foreign key that collides with a field column or a system column', () => {
    const problems = problemsAfter((b) => {
      b.entities[0]?.fields.push(field('referrerId'));
      b.relations.push(relation({}), relation({ name: 'owner' }));
    });
    expect(onlyProblem(problems, 'relation_column_clash').suggestion).toContain(
      'remove the field `referrerId`',
    );
    const owner = onlyProblem(problems, 'system_field_name');
    expect(owner.path).toBe('relations[4].name');
    expect(owner.message).toContain('`owner_id`');
  });

  it('checks the inverse name generated code derives when none is given', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.relations.push(relation({ name: 'secondDoctor', from: 'Appointment' }))),
      'duplicate_inverse_name',
    );
    expect(problem.path).toBe('relations[3]');
    expect(problem.message).toContain('derived');
    expect(problem.message).toContain('`appointments`');
    expect(problem.suggestion).toBe('add an inverseName, e.g. "inverseName": "secondDoctorAppointments"');
  });

  it('checks the foreign key a has-many relation puts on its target', () => {
    const problems = problemsAfter((b) => {
      b.entities[1]!.fields.push(field('mentorId'));
      b.relations.push(
        relation({ name: 'mentees', kind: 'has-many', from: 'Patient', to: 'Doctor', inverseName: 'mentor' }),
      );
    });
    const clash = onlyProblem(problems, 'relation_column_clash');
    expect(clash.path).toBe('relations[3].inverseName');
    expect(clash.message).toContain('`mentor_id`');
  });

  it('accepts self-relations and a relation named order (its column is order_id)', () => {
    expect(
      problemsAfter((b) =>
        b.relations.push(
          relation({ name: 'referredBy', from: 'Patient', to: 'Patient', inverseName: 'referrals' }),
          relation({
            name: 'order',
            from: 'Prescription',
            to: 'Appointment',
            inverseName: 'orderedPrescriptions',
          }),
        ),
      ),
    ).toEqual([]);
  });
});
