import type { Command } from 'commander';
import { DeploymentDetail } from '../../contracts/index.js';
import { describe, withContext } from '../command-kit.js';
import {
  deploymentIdArgument,
  EXAMPLE_PLATFORM,
  platformIdArgument,
  requireTenant,
} from './runtime/arguments.js';
import { formatDeployment } from './runtime/format-runtime.js';
import { pickDeployment } from './runtime/pick-deployment.js';

/** `webnova stop`: ends a deployment's process; the preview then says the platform was stopped. */
export function stopCommand(program: Command): void {
  describe(
    program
      .command('stop')
      .argument('<platformId>', 'the platform', platformIdArgument)
      .argument('[deploymentId]', 'the deployment (default: the one running)', deploymentIdArgument),
    "Stop a deployment: its whole process group ends and the preview says it was stopped. Without a deployment id, the platform's running one. `webnova restart` starts it again.",
    [`webnova stop ${EXAMPLE_PLATFORM}`, `webnova stop ${EXAMPLE_PLATFORM} --json`],
  ).action(
    withContext(async ({ args, settings, client, output }) => {
      requireTenant(settings);
      const [platformId, named] = args as [string, string | undefined];
      const deploymentId = await pickDeployment(client, platformId, named, 'running');
      const stopped = await client.post(
        `/api/platforms/${platformId}/deployments/${deploymentId}/stop`,
        undefined,
        DeploymentDetail,
      );
      output.result(stopped, formatDeployment);
    }),
  );
}
