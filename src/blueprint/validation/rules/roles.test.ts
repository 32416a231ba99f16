import { describe, expect, it } from 'vitest';
import { onlyProblem, problemsAfter } from '../test-support.js';

describe('roles', () => {
  it('refuses a role name used twice', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.roles.push({ ...b.roles[2]!, inherits: [] })),
      'duplicate_role_name',
    );
    expect(problem.path).toBe('roles[3].name');
    expect(problem.suggestion).toContain('merge');
  });

  it('refuses a TypeScript reserved word as a role name', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.roles.push({ ...b.roles[2]!, name: 'public' })),
      'reserved_word',
    );
    expect(problem.path).toBe('roles[3].name');
    expect(problem.suggestion).toContain('`publicRole`');
  });

  it('refuses a permission on an unknown entity, suggesting the closest', () => {
    const problem = onlyProblem(
      problemsAfter((b) =>
        b.roles[2]!.permissions.push({ entity: 'Patients', actions: ['read'], scope: 'all' }),
      ),
      'permission_entity_missing',
    );
    expect(problem.path).toBe('roles[2].permissions[4].entity');
    expect(problem.suggestion).toContain('did you mean `Patient`?');
  });

  it('refuses the same action on the same entity twice in a role', () => {
    const problem = onlyProblem(
      problemsAfter((b) =>
        b.roles[2]!.permissions.push({ entity: 'Doctor', actions: ['update', 'read'], scope: 'own' }),
      ),
      'duplicate_permission',
    );
    expect(problem.path).toBe('roles[2].permissions[4].actions[1]');
    expect(problem.message).toContain('`read` on `Doctor` twice');
  });

  it('refuses inheriting from an unknown role', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.roles[1]!.inherits.push('receptionst')),
      'inherited_role_missing',
    );
    expect(problem.path).toBe('roles[1].inherits[1]');
    expect(problem.suggestion).toContain('did you mean `receptionist`?');
  });

  it('reports an inheritance cycle once, naming it', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.roles[2]!.inherits.push('admin')),
      'role_inheritance_cycle',
    );
    expect(problem.path).toBe('roles[2].inherits[0]');
    expect(problem.message).toContain('admin → doctor → receptionist → admin');
    expect(problem.suggestion).toContain('remove `admin`');
  });

  it('reports a role inheriting from itself', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.roles[2]!.inherits.push('receptionist')),
      'role_inheritance_cycle',
    );
    expect(problem.message).toContain('receptionist → receptionist');
  });

  it('requires an administrator role, pointing at the likely one', () => {
    const problem = onlyProblem(
      problemsAfter((b) => {
        b.roles[0]!.administrator = false;
      }),
      'administrator_missing',
    );
    expect(problem.path).toBe('roles');
    expect(problem.suggestion).toContain('"administrator": true');
    expect(problem.suggestion).toContain('`admin`');
  });

  it('accepts the same entity twice with different actions, and a diamond of inheritance', () => {
    expect(
      problemsAfter((b) => {
        b.roles[0]!.inherits.push('receptionist');
        b.roles[2]!.permissions.push({ entity: 'Prescription', actions: ['read'], scope: 'own' });
      }),
    ).toEqual([]);
  });
});
