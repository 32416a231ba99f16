import path from 'node:path';
import type { DeploymentStep, DeploymentTargetName, VersionAuthor } from '../../../contracts/index.js';
import { newId } from '../../../kernel/index.js';
import type { TransactionRunner } from '../generations/index.js';
import type { RuntimeDeps } from './deps.js';
import { DeploymentFailed, DeploymentPackaged, DeploymentRequested, eventOf } from './events.js';
import { goLive } from './go-live.js';
import { planDeployment } from './plan-deployment.js';
import type { PlatformSlots } from './platform-slot.js';
import { appendDeploymentEvents } from './record.js';
import { reasonOf, StepFailure, StepRunner, thrownBy } from './steps.js';
import { packageForDocker, packageForKubernetes } from './targets/index.js';

export interface DeployCommand {
  tenantId: string;
  platformId: string;
  /** The Blueprint version; the current one when undefined. */
  version: number | undefined;
  target: DeploymentTargetName;
  author: VersionAuthor;
  rollbackOf: string | null;
  transaction: TransactionRunner;
  onStep?: (step: DeploymentStep) => void;
}

export interface DeployOutcome {
  deploymentId: string;
  steps: DeploymentStep[];
}

/**
 * Generates (if needed), records, builds, starts and switches to a new deployment of a platform. What
 * fails before the deployment is recorded (an unknown version, the quota) is thrown as it is; a failure
 * after that is recorded on the deployment (status `failed`, with the step and the reason), and whatever
 * served before keeps serving.
 */
export async function deploy(
  deps: RuntimeDeps,
  slots: PlatformSlots,
  command: DeployCommand,
): Promise<DeployOutcome> {
  const { tenantId, platformId, transaction } = command;
  const slot = slots.slot(tenantId, platformId);
  return slot.exclusive('a deployment', async () => {
    const runner = new StepRunner(command.onStep);
    const generation = await runner
      .run(
        'generate',
        () =>
          deps.generations.ensure(transaction, {
            tenantId,
            platformId,
            version: command.version,
            author: command.author,
          }),
        (made) => `Blueprint version ${made.blueprintVersion}: ${made.fileCount} files`,
      )
      .catch((error: unknown) => {
        // Nothing is recorded yet: the caller gets the error itself (an unknown version is a 404).
        throw thrownBy(error);
      });
    const plan = await transaction((tx) => planDeployment(tx, deps, tenantId, generation));
    const deploymentId = newId();
    await transaction((tx) =>
      appendDeploymentEvents(tx, deps, tenantId, platformId, [
        eventOf(DeploymentRequested, {
          deploymentId,
          platformId,
          generationId: generation.id,
          blueprintVersion: generation.blueprintVersion,
          target: command.target,
          requestedBy: command.author,
          previousDeploymentId: command.target === 'local' ? (plan.previous?.id ?? null) : null,
          rollbackOf: command.rollbackOf,
          migrations: command.target === 'local' ? plan.deployment.migrations : [],
        }),
      ]),
    );
    try {
      if (command.target === 'local') {
        await goLive(deps, slot, runner, { deploymentId, plan });
      } else {
        const packaged = await runner.run(
          'package',
          () =>
            packageTarget(
              deps,
              command.target,
              deploymentId,
              plan.blueprint.slug,
              generation.blueprintVersion,
              plan.deployment.files,
            ),
          (result) => result.message,
        );
        await transaction((tx) =>
          appendDeploymentEvents(tx, deps, tenantId, platformId, [
            eventOf(DeploymentPackaged, { deploymentId, ...packaged }),
          ]),
        );
      }
    } catch (error) {
      const failure = error instanceof StepFailure ? error : new StepFailure('start', reasonOf(error));
      deps.log.warn({ deploymentId, step: failure.step, reason: failure.reason }, 'deployment failed');
      await transaction((tx) =>
        appendDeploymentEvents(tx, deps, tenantId, platformId, [
          eventOf(DeploymentFailed, { deploymentId, step: failure.step, reason: failure.reason }),
        ]),
      );
    }
    return { deploymentId, steps: runner.steps };
  });
}

function packageTarget(
  deps: Pick<RuntimeDeps, 'settings'>,
  target: DeploymentTargetName,
  deploymentId: string,
  slug: string,
  version: number,
  files: readonly { path: string; content: string }[],
) {
  const dir = path.join(deps.settings.dir, 'artifacts', deploymentId);
  return target === 'docker'
    ? packageForDocker({ files, dir, imageTag: `${slug}:v${version}` })
    : packageForKubernetes({ files, dir });
}
