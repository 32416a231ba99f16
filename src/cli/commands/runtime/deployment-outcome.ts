import {
  DeploymentDetail,
  DeploymentStep,
  PlatformAdminCredentials,
  type DeploymentStatus,
} from '../../../contracts/index.js';
import type { ApiClient } from '../../api-client.js';
import { ApiError } from '../../api-error.js';
import { CliError } from '../../cli-error.js';
import { formatFields, type Output } from '../../output.js';
import type { Settings } from '../../settings.js';
import { formatStep } from './format-runtime.js';
import { streamForResult } from './stream-request.js';

/** What `create`, `deploy` and `rollback` print: with `--json`, this one document. */
export interface DeploymentOutcome {
  platformId: string;
  name: string;
  blueprintVersion: number;
  deploymentId: string | null;
  /** The deployment's status; `created` when the platform was created without deploying it. */
  status: DeploymentStatus | 'created';
  target: string | null;
  /** The absolute preview URL of a local deployment. */
  url: string | null;
  /** The platform's first administrator; null when not deployed or the caller may not read it. */
  admin: PlatformAdminCredentials | null;
  steps: DeploymentStep[];
  /** Why a deployment failed. */
  reason: string | null;
  /** What a Docker or Kubernetes target did. */
  message: string | null;
  artifactsDir: string | null;
}

/** Statuses a deploy may end in and still count as done. */
const SUCCEEDED: readonly (DeploymentStatus | 'created')[] = ['live', 'packaged', 'created'];

/**
 * Calls a deploying route (deploy, rollback) as a stream, printing each step on stderr as it starts and
 * ends: a build takes a while, and the person should see where it is.
 */
export function deployWithProgress(
  settings: Settings,
  output: Output,
  path: string,
  body: unknown,
): Promise<DeploymentDetail> {
  return streamForResult(settings, { method: 'POST', path, body }, DeploymentDetail, (event, data) => {
    const step = DeploymentStep.safeParse(data);
    if (event === 'step' && step.success) output.note(formatStep(step.data));
  });
}

export async function outcomeOf(
  client: ApiClient,
  settings: Settings,
  platform: { id: string; name: string; version: number },
  deployment: DeploymentDetail | null,
): Promise<DeploymentOutcome> {
  return {
    platformId: platform.id,
    name: platform.name,
    blueprintVersion: deployment?.blueprintVersion ?? platform.version,
    deploymentId: deployment?.id ?? null,
    status: deployment?.status ?? 'created',
    target: deployment?.target ?? null,
    url: deployment?.url ? new URL(deployment.url, settings.server).href : null,
    admin: deployment ? await adminOf(client, platform.id) : null,
    steps: finalSteps(deployment?.steps ?? []),
    reason: deployment?.reason ?? null,
    message: deployment?.message ?? null,
    artifactsDir: deployment?.artifactsDir ?? null,
  };
}

/** Prints the outcome; a deployment that did not succeed then fails the command (exit 1) with its reason. */
export function reportOutcome(output: Output, outcome: DeploymentOutcome): void {
  output.result(outcome, formatOutcome);
  if (SUCCEEDED.includes(outcome.status)) return;
  const failedStep = outcome.steps.find((step) => step.status === 'failed');
  throw new CliError(
    `Deployment ${outcome.deploymentId ?? ''} ${outcome.status}${failedStep ? ` at the ${failedStep.step} step` : ''}: ${outcome.reason ?? 'no reason given'}`,
    {
      hint: `\`webnova logs ${outcome.platformId}${outcome.deploymentId ? ` ${outcome.deploymentId}` : ''}\` shows its output; fix the cause, then deploy again.`,
    },
  );
}

/** The server keeps each step's `started` and its end; a script wants how each step ended, in order. */
export function finalSteps(steps: readonly DeploymentStep[]): DeploymentStep[] {
  const last = new Map<string, DeploymentStep>();
  for (const step of steps) {
    last.delete(step.step);
    last.set(step.step, step);
  }
  return [...last.values()];
}

/** Only tenant admins may read the password, and only after a first deployment: otherwise, no admin. */
async function adminOf(client: ApiClient, platformId: string): Promise<PlatformAdminCredentials | null> {
  try {
    return await client.get(`/api/platforms/${platformId}/admin-credentials`, PlatformAdminCredentials);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return null;
    throw error;
  }
}

function formatOutcome(outcome: DeploymentOutcome): string {
  const heading = `${outcome.name}: platform ${outcome.platformId}, Blueprint v${outcome.blueprintVersion}`;
  if (!outcome.deploymentId) {
    return `${heading}\nNot deployed yet. To run it: webnova deploy ${outcome.platformId}`;
  }
  const fields = formatFields([
    ['Deployment', `${outcome.deploymentId} (${outcome.target ?? 'local'})`],
    ['Status', outcome.status],
    ['URL', outcome.url],
    ['Admin', outcome.admin ? `${outcome.admin.email} / ${outcome.admin.password}` : null],
    ...(outcome.reason ? [['Reason', outcome.reason] as [string, string]] : []),
    ...(outcome.message ? [['Message', outcome.message] as [string, string]] : []),
    ...(outcome.artifactsDir ? [['Files', outcome.artifactsDir] as [string, string]] : []),
  ]);
  return `${heading}\n${fields}`;
}
