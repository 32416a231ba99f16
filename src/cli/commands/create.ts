import { type Command, Option } from 'commander';
import {
  CreatePlatformResponse,
  Description,
  PROVIDER_NAMES,
  type DeploymentTargetName,
  type ProviderName,
} from '../../contracts/index.js';
import { UsageError } from '../cli-error.js';
import { describe, withContext } from '../command-kit.js';
import { requireTenant, targetOption } from './runtime/arguments.js';
import { deployWithProgress, outcomeOf, reportOutcome } from './runtime/deployment-outcome.js';

interface CreateOptions {
  deploy?: boolean;
  target: DeploymentTargetName;
  provider?: ProviderName;
}

/**
 * `webnova create`: a description becomes a platform on the server (Blueprint version 1), and with
 * `--deploy` a running preview. The deploy route generates the code itself, so this is two requests.
 */
export function createCommand(program: Command): void {
  describe(
    program.command('create').argument('<description>', 'what the platform is for, in English or Arabic'),
    'Create a platform on the server from a description: the AI provider drafts Blueprint version 1. With --deploy, also generate, build and start it, and print its preview URL and administrator sign-in.',
    [
      'webnova create "A clinic with patients, doctors and appointments" --deploy',
      'webnova create "A library with books, members and loans" --json',
      'webnova create "A bank branch queue system" --deploy --target docker --provider anthropic --json',
    ],
  )
    .option('--deploy', 'deploy the new platform right away')
    .addOption(targetOption())
    .addOption(
      new Option(
        '--provider <name>',
        "which AI provider drafts the Blueprint (the server's default)",
      ).choices(PROVIDER_NAMES),
    )
    .action(
      withContext<CreateOptions>(async ({ args, options, settings, client, output }) => {
        const description = Description.safeParse(args[0] ?? '');
        if (!description.success) {
          throw new UsageError(
            `The description ${description.error.issues[0]?.message ?? 'is not valid'}.`,
            'For example: webnova create "A library with books, members and loans"',
          );
        }
        requireTenant(settings);
        output.note('Drafting the Blueprint…');
        const created = await client.post(
          '/api/platforms',
          { description: description.data, ...(options.provider ? { provider: options.provider } : {}) },
          CreatePlatformResponse,
        );
        const platform = {
          id: created.platform.id,
          name: created.platform.name,
          version: created.version.version,
        };
        output.note(`Created ${platform.name} (platform ${platform.id}, Blueprint v${platform.version}).`);
        let deployment = null;
        if (options.deploy) {
          output.note(`Deploying to ${options.target}…`);
          deployment = await deployWithProgress(
            settings,
            output,
            `/api/platforms/${platform.id}/deployments`,
            { version: platform.version, target: options.target },
          );
        }
        reportOutcome(output, await outcomeOf(client, settings, platform, deployment));
      }),
    );
}
