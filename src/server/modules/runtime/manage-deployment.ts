import type { VersionAuthor } from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';
import type { TransactionRunner } from '../generations/index.js';
import { listPlatformDeployments, loadDeployment } from './deployment-repository.js';
import type { RuntimeDeps } from './deps.js';
import { deploy, type DeployOutcome } from './deploy.js';
import { DeploymentHealthy, DeploymentRestarted, DeploymentStopped, eventOf } from './events.js';
import type { PlatformSlots } from './platform-slot.js';
import { previewOf } from './preview-of.js';
import { appendDeploymentEvents, recordDeploymentEvents } from './record.js';
import { resumeDeployment } from './resume-deployment.js';
import type { DeploymentRow } from './schema.js';

interface Command {
  tenantId: string;
  platformId: string;
  deploymentId: string;
  author: VersionAuthor;
  transaction: TransactionRunner;
}

const ENDED = ['failed', 'stopped', 'superseded', 'packaged'];

/** Stops a deployment's process (the whole process group) and records that a person wants it stopped. */
export async function stopDeployment(
  deps: RuntimeDeps,
  slots: PlatformSlots,
  command: Command,
): Promise<void> {
  const { tenantId, platformId, deploymentId, transaction } = command;
  const row = await transaction((tx) => loadDeployment(tx, tenantId, platformId, deploymentId));
  if (ENDED.includes(row.status)) {
    throw new AppError('conflict', `This deployment is already ${row.status}`, {
      hint: 'Only a deployment that runs, restarts or crash-loops can be stopped.',
      details: { status: row.status },
    });
  }
  const slot = slots.slot(tenantId, platformId);
  await slot.exclusive('stopping a deployment', async () => {
    if (slot.active?.deploymentId === deploymentId) {
      slot.proxy?.setTarget(null, `This platform was stopped by ${command.author.label}.`);
      await slot.active.supervisor.stop(`stopped by ${command.author.label}`);
      slot.active = null;
    }
    await slot.settled();
    await transaction((tx) =>
      appendDeploymentEvents(tx, deps, tenantId, platformId, [
        eventOf(DeploymentStopped, {
          deploymentId,
          reason: `stopped by ${command.author.label}`,
          by: command.author,
        }),
      ]),
    );
  });
}

/**
 * Starts a deployment's process again: the way out of crash-looping, or back from stopped. Only the
 * platform's latest local deployment can be restarted; an older version comes back by a rollback.
 */
export async function restartDeployment(
  deps: RuntimeDeps,
  slots: PlatformSlots,
  command: Command,
): Promise<void> {
  const { tenantId, platformId, deploymentId, transaction } = command;
  const { row, latest } = await transaction(async (tx) => ({
    row: await loadDeployment(tx, tenantId, platformId, deploymentId),
    latest: (await listPlatformDeployments(tx, tenantId, platformId)).find((each) => each.target === 'local'),
  }));
  assertRestartable(row, latest);
  const slot = slots.slot(tenantId, platformId);
  await slot.exclusive('restarting a deployment', async () => {
    await transaction((tx) =>
      appendDeploymentEvents(tx, deps, tenantId, platformId, [
        eventOf(DeploymentRestarted, { deploymentId, by: command.author }),
      ]),
    );
    if (slot.active?.deploymentId === deploymentId) {
      await slot.active.supervisor.restart();
    } else {
      await resumeDeployment(deps, slot, row);
    }
    const proxy = await previewOf(deps, slot, row.previewPort);
    if (slot.active) proxy.setTarget(slot.active.upstream);
    await slot.settled();
    await recordDeploymentEvents(deps, tenantId, platformId, [
      eventOf(DeploymentHealthy, {
        deploymentId,
        url: proxy.url,
        previewPort: slot.previewPort ?? 0,
        latencyMs: slot.active?.supervisor.health?.latencyMs ?? 0,
      }),
    ]);
  });
}

function assertRestartable(row: DeploymentRow, latest: DeploymentRow | undefined): void {
  if (row.target !== 'local') {
    throw new AppError('conflict', `A ${row.target} deployment does not run here`, {
      hint: 'Deploy again to write its files anew.',
    });
  }
  if (latest?.id !== row.id || row.status === 'failed' || row.liveAt === null) {
    throw new AppError('conflict', `Only the platform's latest deployment that went live can be restarted`, {
      hint: 'Deploy the version again, or roll back to the previous one.',
      details: { status: row.status, latestDeploymentId: latest?.id ?? null },
    });
  }
}

/**
 * Deploys the version that served before the current one again (its database is migrated back, with
 * anything the newer version added archived rather than dropped).
 */
export async function rollBack(
  deps: RuntimeDeps,
  slots: PlatformSlots,
  command: Omit<Command, 'deploymentId'> & { onStep?: Parameters<typeof deploy>[2]['onStep'] },
): Promise<DeployOutcome> {
  const { tenantId, platformId, transaction } = command;
  const history = await transaction((tx) => listPlatformDeployments(tx, tenantId, platformId));
  const wentLive = history.filter((row) => row.target === 'local' && row.liveAt !== null);
  const current = wentLive[0];
  const previous = current && wentLive.find((row) => row.blueprintVersion !== current.blueprintVersion);
  if (!current || !previous) {
    throw new AppError('conflict', 'There is no earlier version of this platform to roll back to', {
      hint: 'A rollback brings back the version that was live before the current one; this platform has had only one.',
    });
  }
  return deploy(deps, slots, {
    tenantId,
    platformId,
    version: previous.blueprintVersion,
    target: 'local',
    author: command.author,
    rollbackOf: current.id,
    transaction,
    onStep: command.onStep,
  });
}
