import type { Command } from 'commander';
import { z } from 'zod';
import { DeploymentSummary } from '../../contracts/index.js';
import { describe, integerIn, withContext } from '../command-kit.js';
import { formatTable } from '../output.js';
import { EXAMPLE_PLATFORM, platformIdArgument, requireTenant } from './runtime/arguments.js';
import { deploymentColumns } from './runtime/format-runtime.js';

interface PsOptions {
  platform?: string;
  limit: number;
}

/** `webnova ps`: the tenant's deployments, newest first, with their status and latest health. */
export function psCommand(program: Command): void {
  describe(
    program.command('ps'),
    "List deployments, newest first: status, health (ok or failing, with the probe's latency), restarts and preview URL. All the tenant's platforms unless --platform.",
    ['webnova ps', `webnova ps --platform ${EXAMPLE_PLATFORM} --json`],
  )
    .option('--platform <platformId>', "only this platform's deployments", platformIdArgument)
    .option('--limit <n>', 'at most this many, 1 to 500 (all platforms)', integerIn(1, 500), 100)
    .action(
      withContext<PsOptions>(async ({ options, settings, client, output }) => {
        requireTenant(settings);
        const path = options.platform
          ? `/api/platforms/${options.platform}/deployments`
          : `/api/deployments?limit=${options.limit}`;
        const deployments = await client.get(path, z.array(DeploymentSummary));
        output.result(deployments, (rows) => formatTable(rows, deploymentColumns, 'No deployments.'));
      }),
    );
}
