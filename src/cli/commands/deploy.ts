import type { Command } from 'commander';
import { PlatformSummary, type DeploymentTargetName } from '../../contracts/index.js';
import { describe, integerIn, withContext } from '../command-kit.js';
import { EXAMPLE_PLATFORM, platformIdArgument, requireTenant, targetOption } from './runtime/arguments.js';
import { deployWithProgress, outcomeOf, reportOutcome } from './runtime/deployment-outcome.js';

interface DeployOptions {
  blueprintVersion?: number;
  target: DeploymentTargetName;
}

/** `webnova deploy`: an existing platform's Blueprint version, generated, built and started on the server. */
export function deployCommand(program: Command): void {
  describe(
    program.command('deploy').argument('<platformId>', 'the platform to deploy', platformIdArgument),
    'Deploy a platform: the server generates, builds and starts a Blueprint version (the current one unless --blueprint-version), then switches the preview to it once healthy. Prints each step, the preview URL and the administrator sign-in; exit 1 when it fails.',
    [
      `webnova deploy ${EXAMPLE_PLATFORM}`,
      `webnova deploy ${EXAMPLE_PLATFORM} --blueprint-version 2 --json`,
      `webnova deploy ${EXAMPLE_PLATFORM} --target kubernetes`,
    ],
  )
    // Not `--version`: that is the program's own flag (print the CLI version), recognised anywhere.
    .option(
      '--blueprint-version <n>',
      'the Blueprint version to deploy (default: the current one)',
      integerIn(1, 1_000_000),
    )
    .addOption(targetOption())
    .action(
      withContext<DeployOptions>(async ({ args, options, settings, client, output }) => {
        requireTenant(settings);
        const platformId = args[0]!;
        // Read first: a wrong id is refused at once, before anything is built.
        const platform = await client.get(`/api/platforms/${platformId}`, PlatformSummary);
        const version = options.blueprintVersion ?? platform.currentVersion;
        output.note(`Deploying ${platform.name} v${version} to ${options.target}…`);
        const deployment = await deployWithProgress(
          settings,
          output,
          `/api/platforms/${platformId}/deployments`,
          { version, target: options.target },
        );
        reportOutcome(
          output,
          await outcomeOf(client, settings, { id: platformId, name: platform.name, version }, deployment),
        );
      }),
    );
}
