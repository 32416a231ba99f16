import type { Command } from 'commander';
import { PlatformSummary } from '../../contracts/index.js';
import { describe, withContext } from '../command-kit.js';
import { EXAMPLE_PLATFORM, platformIdArgument, requireTenant } from './runtime/arguments.js';
import { deployWithProgress, outcomeOf, reportOutcome } from './runtime/deployment-outcome.js';

/** `webnova rollback`: the version that was live before the current one, deployed again. */
export function rollbackCommand(program: Command): void {
  describe(
    program.command('rollback').argument('<platformId>', 'the platform to roll back', platformIdArgument),
    'Roll a platform back: deploy again the version that was live before the current one (its database migrated back, what the newer version added archived). Prints each step and the result; exit 1 when it fails.',
    [`webnova rollback ${EXAMPLE_PLATFORM}`, `webnova rollback ${EXAMPLE_PLATFORM} --json`],
  ).action(
    withContext(async ({ args, settings, client, output }) => {
      requireTenant(settings);
      const platformId = args[0]!;
      const platform = await client.get(`/api/platforms/${platformId}`, PlatformSummary);
      output.note(`Rolling ${platform.name} back…`);
      const deployment = await deployWithProgress(
        settings,
        output,
        `/api/platforms/${platformId}/rollback`,
        undefined,
      );
      reportOutcome(
        output,
        await outcomeOf(
          client,
          settings,
          { id: platformId, name: platform.name, version: deployment.blueprintVersion },
          deployment,
        ),
      );
    }),
  );
}
