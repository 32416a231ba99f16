import { describe, expect, it } from 'vitest';
import type { Page } from '../../../contracts/index.js';
import { onlyProblem, problemsAfter } from '../test-support.js';

const page = (overrides: Partial<Page>): Page => ({
  name: 'reports',
  title: { en: 'Reports', ar: 'التقارير' },
  kind: 'custom',
  path: '/reports',
  roles: [],
  ...overrides,
});

describe('pages', () => {
  it('refuses a page name used twice', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.pages.push(page({ name: 'patients' }))),
      'duplicate_page_name',
    );
    expect(problem.path).toBe('pages[5].name');
  });

  it('refuses a path used twice, treating parameters alike, and suggests a free one', () => {
    const problems = problemsAfter((b) =>
      b.pages.push(
        page({ name: 'patientCard', kind: 'entity-detail', entity: 'Patient', path: '/patients/:id' }),
        page({ name: 'patientView', kind: 'entity-detail', entity: 'Patient', path: '/patients/:key' }),
        page({ name: 'patientForm', kind: 'entity-form', entity: 'Patient', path: '/patients' }),
      ),
    );
    const repeats = problems.filter((problem) => problem.code === 'duplicate_page_path');
    expect(repeats.map((problem) => problem.path)).toEqual(['pages[6].path', 'pages[7].path']);
    expect(repeats[1]?.suggestion).toContain('`/patients/new`');
  });

  it('requires entity pages to name an existing entity', () => {
    const problems = problemsAfter((b) =>
      b.pages.push(
        page({ kind: 'entity-list' }),
        page({ name: 'bills', path: '/bills', kind: 'entity-list', entity: 'Invoice' }),
      ),
    );
    const [missing, unknown] = problems.filter((problem) => problem.code === 'page_entity_missing');
    expect(missing?.path).toBe('pages[5]');
    expect(missing?.suggestion).toContain('"entity": "Patient"');
    expect(unknown?.path).toBe('pages[6].entity');
    expect(unknown?.suggestion).toContain('add an entity named `Invoice`');
  });

  it('refuses unknown roles on a page', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.pages.push(page({ roles: ['doctr'] }))),
      'page_role_missing',
    );
    expect(problem.path).toBe('pages[5].roles[0]');
    expect(problem.suggestion).toContain('did you mean `doctor`?');
  });

  it('requires navigation to name existing pages, once each', () => {
    const problems = problemsAfter((b) => b.navigation.push({ page: 'patient' }, { page: 'doctors' }));
    const missing = onlyProblem(problems, 'navigation_page_missing');
    expect(missing.path).toBe('navigation[5].page');
    expect(missing.suggestion).toContain('did you mean `patients`?');
    const repeat = onlyProblem(problems, 'duplicate_navigation_item');
    expect(repeat.path).toBe('navigation[6].page');
  });

  it('accepts a custom page without an entity and with real roles', () => {
    expect(
      problemsAfter((b) => {
        b.pages.push(page({ roles: ['admin', 'doctor'] }));
        b.navigation.push({ page: 'reports' });
      }),
    ).toEqual([]);
  });
});
