import type { Command } from 'commander';
import { DeploymentDetail } from '../../contracts/index.js';
import { CliError } from '../cli-error.js';
import { describe, withContext } from '../command-kit.js';
import {
  deploymentIdArgument,
  EXAMPLE_PLATFORM,
  platformIdArgument,
  requireTenant,
} from './runtime/arguments.js';
import { formatDeployment } from './runtime/format-runtime.js';
import { pickDeployment } from './runtime/pick-deployment.js';

/** `webnova restart`: starts a stopped or crash-looping deployment again and waits for its health check. */
export function restartCommand(program: Command): void {
  describe(
    program
      .command('restart')
      .argument('<platformId>', 'the platform', platformIdArgument)
      .argument('[deploymentId]', 'the deployment (default: the latest)', deploymentIdArgument),
    "Restart a deployment and wait for its health check: after a stop, or to leave crash-looping once the cause is fixed. Without a deployment id, the platform's latest.",
    [`webnova restart ${EXAMPLE_PLATFORM}`, `webnova restart ${EXAMPLE_PLATFORM} --json`],
  ).action(
    withContext(async ({ args, settings, client, output }) => {
      requireTenant(settings);
      const [platformId, named] = args as [string, string | undefined];
      const deploymentId = await pickDeployment(client, platformId, named);
      const restarted = await client.post(
        `/api/platforms/${platformId}/deployments/${deploymentId}/restart`,
        undefined,
        DeploymentDetail,
      );
      output.result(restarted, formatDeployment);
      if (restarted.status !== 'live') {
        throw new CliError(
          `Deployment ${deploymentId} is ${restarted.status} after the restart: ${restarted.reason ?? 'no reason given'}`,
          { hint: `\`webnova logs ${platformId} ${deploymentId}\` shows its output.` },
        );
      }
    }),
  );
}
