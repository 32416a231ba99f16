import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../contracts/index.js';
import { onlyProblem, problemsAfter } from '../test-support.js';

const entity = (name: string): Entity => ({
  name,
  label: { en: name, ar: name },
  pluralLabel: { en: `${name}s`, ar: name },
  fields: [
    {
      name: 'title',
      label: { en: 'Title', ar: 'عنوان' },
      type: 'string',
      required: false,
      unique: false,
      dataClass: 'none',
    },
  ],
});

describe('entity names', () => {
  it('refuses a name used twice, ignoring case', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.entities.push(entity('PATIENT'))),
      'duplicate_entity_name',
    );
    expect(problem.path).toBe('entities[4].name');
    expect(problem.pointer).toBe('/entities/4/name');
    expect(problem.message).toContain('entities[0]');
    expect(problem.suggestion).toMatch(/rename one of them/);
  });

  it('refuses two names that generate the same table', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.entities.push(entity('Person'), entity('People'))),
      'duplicate_table_name',
    );
    expect(problem.path).toBe('entities[5].name');
    expect(problem.message).toContain('`people`');
    expect(problem.suggestion).toContain('singular');
  });

  it('refuses infrastructure and TypeScript global names, suggesting safe ones', () => {
    const problems = problemsAfter((b) => b.entities.push(entity('User'), entity('Promise')));
    const [user, promise] = problems.filter((problem) => problem.code === 'reserved_entity_name');
    expect(user?.path).toBe('entities[4].name');
    expect(user?.suggestion).toContain('`Member` or `Account`');
    expect(promise?.path).toBe('entities[5].name');
    expect(promise?.message).toContain('built-in');
  });

  it('accepts distinct names, including Order and Group', () => {
    expect(problemsAfter((b) => b.entities.push(entity('Order'), entity('Group'), entity('Person')))).toEqual(
      [],
    );
  });
});
