import { describe, expect, it } from 'vitest';
import type { DeploymentSummary } from '../../../../contracts/index.js';
import { deployment as deploymentFixture } from '../testing/fixtures.js';
import { previewFreshness } from './preview-freshness.js';

const DEPLOYED_AT = '2026-03-01T10:00:00.000Z';
const BEFORE = '2026-03-01T09:00:00.000Z';
const AFTER = '2026-03-01T11:00:00.000Z';

function deployment(overrides: Partial<DeploymentSummary>): DeploymentSummary {
  return deploymentFixture({ createdAt: DEPLOYED_AT, ...overrides });
}

describe('previewFreshness', () => {
  const serving = deployment({});

  it('follows a version made after the last deployment was asked for', () => {
    expect(previewFreshness(serving, serving, { version: 2, createdAt: AFTER })).toEqual({
      kind: 'follow',
      version: 2,
    });
  });

  it('is current when the preview serves the newest version, or nothing is known yet', () => {
    expect(previewFreshness(serving, serving, { version: 1, createdAt: BEFORE })).toEqual({
      kind: 'current',
    });
    expect(previewFreshness(serving, serving, null)).toEqual({ kind: 'current' });
    expect(previewFreshness(null, null, { version: 2, createdAt: AFTER })).toEqual({ kind: 'current' });
  });

  it('leaves a deployment already on its way to switch the preview by itself', () => {
    const building = deployment({
      id: '0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f74',
      status: 'building',
      url: null,
    });
    expect(previewFreshness(serving, building, { version: 2, createdAt: AFTER })).toEqual({
      kind: 'current',
    });
  });

  it('does not undo a rollback made after the newer version: it offers to update instead', () => {
    const rolledBack = deployment({ rollbackOf: '0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f75' });
    expect(previewFreshness(rolledBack, rolledBack, { version: 2, createdAt: BEFORE })).toEqual({
      kind: 'behind',
      version: 2,
      failed: null,
    });
  });

  it('does not retry a failed deployment of the newest version, and names it', () => {
    const failed = deployment({
      id: '0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f76',
      blueprintVersion: 2,
      status: 'failed',
      url: null,
      reason: 'The build failed',
      createdAt: AFTER,
    });
    const latest = { version: 2, createdAt: DEPLOYED_AT };
    expect(previewFreshness(serving, failed, latest)).toEqual({ kind: 'behind', version: 2, failed });
  });
});
