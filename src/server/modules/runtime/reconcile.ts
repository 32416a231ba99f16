import { withTenant } from '../../db/index.js';
import { desiredRunningDeployments, tenantsWithRunningDeployments } from './deployment-repository.js';
import type { RuntimeDeps } from './deps.js';
import { DeploymentFailed, DeploymentHealthy, DeploymentSuperseded, eventOf } from './events.js';
import type { PlatformSlots } from './platform-slot.js';
import { previewOf } from './preview-of.js';
import { recordDeploymentEvents } from './record.js';
import { resumeDeployment } from './resume-deployment.js';
import type { DeploymentRow } from './schema.js';
import { reasonOf } from './steps.js';

/**
 * After WebNova starts: every local deployment the events say should run is started again, on the
 * preview port it had. One that was half-way through being made when WebNova went down is marked failed
 * (it never went live); if it had replaced nothing, the platform has nothing to bring back.
 */
export async function reconcileDeployments(deps: RuntimeDeps, slots: PlatformSlots): Promise<void> {
  for (const tenantId of await tenantsWithRunningDeployments(deps.db)) {
    const rows = await withTenant(deps.db, { tenantId }, (tx) => desiredRunningDeployments(tx, tenantId));
    const byPlatform = new Map<string, DeploymentRow[]>();
    for (const row of rows) byPlatform.set(row.platformId, [...(byPlatform.get(row.platformId) ?? []), row]);
    for (const [platformId, candidates] of byPlatform) {
      await reconcilePlatform(deps, slots, tenantId, platformId, candidates);
    }
  }
}

async function reconcilePlatform(
  deps: RuntimeDeps,
  slots: PlatformSlots,
  tenantId: string,
  platformId: string,
  candidates: DeploymentRow[],
): Promise<void> {
  const [serving, ...stale] = candidates.filter((row) => row.liveAt !== null);
  const unfinished = candidates.filter((row) => row.liveAt === null);
  // A blue/green switch cut short leaves two that went live: the newer one wins.
  const settled = [
    ...unfinished.map((row) =>
      eventOf(DeploymentFailed, {
        deploymentId: row.id,
        step: 'start',
        reason: 'WebNova stopped before this deployment went live',
      }),
    ),
    ...stale.map((row) =>
      eventOf(DeploymentSuperseded, { deploymentId: row.id, supersededBy: serving?.id ?? row.id }),
    ),
  ];
  if (settled.length > 0) await recordDeploymentEvents(deps, tenantId, platformId, settled);
  if (!serving) return;
  const slot = slots.slot(tenantId, platformId);
  try {
    await slot.exclusive('bringing the platform back', async () => {
      await resumeDeployment(deps, slot, serving);
      const proxy = await previewOf(deps, slot, serving.previewPort);
      if (slot.active) proxy.setTarget(slot.active.upstream);
      await slot.settled();
      await recordDeploymentEvents(deps, tenantId, platformId, [
        eventOf(DeploymentHealthy, {
          deploymentId: serving.id,
          url: proxy.url,
          previewPort: slot.previewPort ?? 0,
          latencyMs: slot.active?.supervisor.health?.latencyMs ?? 0,
        }),
      ]);
      deps.log.info({ platformId, deploymentId: serving.id, url: proxy.url }, 'platform running again');
    });
  } catch (error) {
    deps.log.error(
      { err: error, platformId, deploymentId: serving.id },
      'platform could not be brought back',
    );
    await recordDeploymentEvents(deps, tenantId, platformId, [
      eventOf(DeploymentFailed, { deploymentId: serving.id, step: 'start', reason: reasonOf(error) }),
    ]);
  }
}
