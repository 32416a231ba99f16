import type { RuntimeDeps } from './deps.js';
import { snapshotPlatformDatabase, type DatabaseSnapshot } from './databases/index.js';
import { DeploymentHealthy, DeploymentSuperseded, eventOf } from './events.js';
import {
  buildInstance,
  provisionInstance,
  startInstance,
  type InstanceRequest,
  type PreparedInstance,
} from './instance.js';
import type { DeploymentPlan } from './plan-deployment.js';
import type { PlatformSlot, RunningInstance } from './platform-slot.js';
import { previewOf } from './preview-of.js';
import { recordDeploymentEvents } from './record.js';
import type { StepRunner } from './steps.js';
import { superviseDeployment } from './supervision.js';

/**
 * Builds the deployment, gives it its database, starts it and points the preview at it once healthy.
 *
 * On PostgreSQL, when the migration only adds (see DeploymentFiles.sideBySide), the new version starts
 * beside the old one (both can reach the database; the new one migrates it at start), and the old one
 * is drained and stopped after the switch. Otherwise the old version could not work on the migrated
 * schema (a renamed or archived column), and an embedded (PGlite) database can be opened by one process
 * only: then the preview holds new requests while the old process finishes its own and stops, the new
 * one starts (the database is copied first), and the held requests go on to it; if it does not become
 * healthy, the copy is put back and the old version starts again. Either way no request fails:
 * at worst it waits a few seconds.
 */
export async function goLive(
  deps: RuntimeDeps,
  slot: PlatformSlot,
  runner: StepRunner,
  input: { deploymentId: string; plan: DeploymentPlan },
): Promise<void> {
  const { deploymentId, plan } = input;
  const request: InstanceRequest = {
    tenantId: slot.tenantId,
    platformId: slot.platformId,
    deploymentId,
    slug: plan.blueprint.slug,
    files: plan.deployment.files,
    contentHash: plan.deployment.contentHash,
  };
  const built = await runner.run(
    'build',
    () => buildInstance(deps, request),
    (result) =>
      result.cached
        ? 'reused an identical build'
        : `server ${result.timings.serverMs} ms, web ${result.timings.webMs} ms`,
  );
  const prepared = await runner.run(
    'database',
    () => provisionInstance(deps, request, built),
    (result) => result.databaseLabel,
  );
  const proxy = await previewOf(deps, slot, plan.previewPort);
  const old = slot.active;
  const onEvent = superviseDeployment(deps, slot, deploymentId);
  const embedded = deps.settings.databaseHost.kind === 'embedded';
  const started =
    old && (embedded || !plan.deployment.sideBySide)
      ? await handOver(deps, slot, runner, { prepared, old, onEvent })
      : await runner.run('start', () => startInstance(deps, prepared, onEvent), startedMessage);
  await runner.run('switch', async () => {
    proxy.setTarget(started.upstream);
    slot.active = started;
    await slot.settled();
    await recordDeploymentEvents(deps, slot.tenantId, slot.platformId, [
      eventOf(DeploymentHealthy, {
        deploymentId,
        url: proxy.url,
        previewPort: slot.previewPort ?? 0,
        latencyMs: started.supervisor.health?.latencyMs ?? 0,
      }),
      ...(plan.previous
        ? [eventOf(DeploymentSuperseded, { deploymentId: plan.previous.id, supersededBy: deploymentId })]
        : []),
    ]);
  });
  if (old && old.deploymentId !== deploymentId && old.supervisor.state !== 'stopped') {
    await runner.run('drain', async () => {
      await proxy.drain(old.upstream, deps.settings.drainTimeoutMs);
      await old.supervisor.stop('replaced by a newer deployment');
    });
  }
}

const startedMessage = (instance: RunningInstance) =>
  `healthy on ${instance.upstream} in ${instance.supervisor.health?.latencyMs ?? 0} ms`;

async function handOver(
  deps: RuntimeDeps,
  slot: PlatformSlot,
  runner: StepRunner,
  input: {
    prepared: PreparedInstance;
    old: RunningInstance;
    onEvent: Parameters<typeof startInstance>[2];
  },
): Promise<RunningInstance> {
  const { prepared, old, onEvent } = input;
  const proxy = slot.proxy;
  if (!proxy) throw new Error('a platform with a running deployment has no preview proxy');
  proxy.pause();
  try {
    await runner.run('drain', async () => {
      await proxy.drain(old.upstream, deps.settings.drainTimeoutMs);
      await old.supervisor.stop('handing the database over to the new version');
    });
    let snapshot: DatabaseSnapshot | undefined;
    try {
      // The database is copied while no version holds it, to give the old one back if the new one
      // migrates it and then fails (a migration that stops half-way rolls its own transaction back).
      snapshot = await snapshotPlatformDatabase(
        deps.settings.databaseHost,
        slot.platformId,
        prepared.env.DATA_DIR,
      );
      const started = await runner.run('start', () => startInstance(deps, prepared, onEvent), startedMessage);
      await snapshot.discard();
      // Before the held requests go on: the old process is gone, so they must reach the new one.
      proxy.setTarget(started.upstream);
      return started;
    } catch (error) {
      await snapshot?.restore();
      await old.supervisor.restart();
      proxy.setTarget(old.upstream);
      throw error;
    }
  } finally {
    proxy.resume();
  }
}
