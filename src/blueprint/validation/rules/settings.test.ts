import { describe, expect, it } from 'vitest';
import { onlyProblem, problemsAfter } from '../test-support.js';

describe('settings', () => {
  it('refuses a compliance regime listed twice', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.compliance.push('PDPL')),
      'duplicate_compliance',
    );
    expect(problem.path).toBe('compliance[3]');
    expect(problem.suggestion).toBe('remove the repeat');
  });

  it('refuses the same integration twice, by category and provider', () => {
    const problem = onlyProblem(
      problemsAfter((b) => b.integrations.push({ category: 'sms', provider: 'unifonic', purpose: 'Codes' })),
      'duplicate_integration',
    );
    expect(problem.path).toBe('integrations[1]');
    expect(problem.suggestion).toContain('"purpose"');
  });

  it('refuses a deployment target listed twice', () => {
    const problem = onlyProblem(
      problemsAfter((b) => {
        b.deployment.targets = ['local', 'docker', 'local'];
      }),
      'duplicate_deployment_target',
    );
    expect(problem.path).toBe('deployment.targets[2]');
    expect(problem.pointer).toBe('/deployment/targets/2');
  });

  it('accepts one provider in two categories', () => {
    expect(
      problemsAfter((b) => b.integrations.push({ category: 'messaging', provider: 'unifonic' })),
    ).toEqual([]);
  });
});
