import { z } from 'zod';
import { ACTIVE_DEPLOYMENT_STATUSES, DeploymentSummary } from '../../../contracts/index.js';
import type { ApiClient } from '../../api-client.js';
import { CliError } from '../../cli-error.js';

/** What a command does when no deployment id was given: `latest` for logs and restart, `running` for stop. */
export type DeploymentChoice = 'latest' | 'running';

/**
 * The deployment a command acts on: the one named, or the platform's latest (newest first, as the
 * server lists them). `running` prefers the deployment that holds a process, so `stop` right after a
 * failed redeploy still stops the one serving the preview.
 */
export async function pickDeployment(
  client: ApiClient,
  platformId: string,
  deploymentId: string | undefined,
  choice: DeploymentChoice = 'latest',
): Promise<string> {
  if (deploymentId) return deploymentId;
  const deployments = await client.get(
    `/api/platforms/${platformId}/deployments`,
    z.array(DeploymentSummary),
  );
  const running = deployments.find(
    (deployment) =>
      ACTIVE_DEPLOYMENT_STATUSES.includes(deployment.status) || deployment.status === 'crash_looping',
  );
  const chosen = (choice === 'running' ? running : undefined) ?? deployments[0];
  if (!chosen) {
    throw new CliError(`Platform ${platformId} has no deployments yet`, {
      hint: `Deploy it first: webnova deploy ${platformId}`,
    });
  }
  return chosen.id;
}
