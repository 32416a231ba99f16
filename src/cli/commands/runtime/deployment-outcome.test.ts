import { describe, expect, it } from 'vitest';
import { CliError } from '../../cli-error.js';
import { Output } from '../../output.js';
import { finalSteps, reportOutcome, type DeploymentOutcome } from './deployment-outcome.js';

const PLATFORM = '0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f70';
const DEPLOYMENT = '0190f5d2-aaaa-7a3b-9f10-2b3c4d5e6f70';

function outcome(overrides: Partial<DeploymentOutcome>): DeploymentOutcome {
  return {
    platformId: PLATFORM,
    name: 'Clinic',
    blueprintVersion: 1,
    deploymentId: DEPLOYMENT,
    status: 'live',
    target: 'local',
    url: 'http://127.0.0.1:4100/',
    admin: { email: 'admin@clinic.example', password: 'secret-1' },
    steps: [],
    reason: null,
    message: null,
    artifactsDir: null,
    ...overrides,
  };
}

function capture(json: boolean) {
  const printed = { stdout: '', stderr: '' };
  const output = new Output(json, {
    stdout: { write: (text: string) => (printed.stdout += text) },
    stderr: { write: (text: string) => (printed.stderr += text) },
  });
  return { output, printed };
}

describe('reportOutcome', () => {
  it('prints the preview URL and the admin sign-in of a live deployment', () => {
    const { output, printed } = capture(false);
    reportOutcome(output, outcome({}));
    expect(printed.stdout).toContain(`Clinic: platform ${PLATFORM}, Blueprint v1`);
    expect(printed.stdout).toMatch(/URL:\s+http:\/\/127\.0\.0\.1:4100\//);
    expect(printed.stdout).toMatch(/Admin:\s+admin@clinic\.example \/ secret-1/);
  });

  it('says how to deploy a platform that was only created', () => {
    const { output, printed } = capture(false);
    reportOutcome(output, outcome({ deploymentId: null, status: 'created', url: null, admin: null }));
    expect(printed.stdout).toContain(`webnova deploy ${PLATFORM}`);
  });

  it('prints a failed deployment as one JSON document, then fails with its reason and step', () => {
    const { output, printed } = capture(true);
    const failed = outcome({
      status: 'failed',
      url: null,
      admin: null,
      reason: 'the build failed: esbuild could not resolve ./missing',
      steps: [
        { step: 'generate', status: 'done', durationMs: 40 },
        { step: 'build', status: 'failed', durationMs: 900, message: 'could not resolve' },
      ],
    });
    let thrown: unknown;
    try {
      reportOutcome(output, failed);
    } catch (error) {
      thrown = error;
    }
    expect(JSON.parse(printed.stdout)).toMatchObject({ status: 'failed', reason: failed.reason });
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).message).toBe(
      `Deployment ${DEPLOYMENT} failed at the build step: ${failed.reason}`,
    );
    expect((thrown as CliError).hint).toContain(`webnova logs ${PLATFORM} ${DEPLOYMENT}`);
  });
});

describe('finalSteps', () => {
  it('keeps how each step ended, in the order they ended', () => {
    expect(
      finalSteps([
        { step: 'generate', status: 'started' },
        { step: 'generate', status: 'done', durationMs: 9 },
        { step: 'build', status: 'started' },
        { step: 'build', status: 'failed', durationMs: 20, message: 'boom' },
      ]),
    ).toEqual([
      { step: 'generate', status: 'done', durationMs: 9 },
      { step: 'build', status: 'failed', durationMs: 20, message: 'boom' },
    ]);
  });
});
