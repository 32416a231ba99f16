import { setTimeout as delay } from 'node:timers/promises';
import { AppError } from '../../../kernel/index.js';
import { withTenant } from '../../db/index.js';
import { desiredRunningDeployments, tenantsWithRunningDeployments } from './deployment-repository.js';
import type { RuntimeDeps } from './deps.js';
import { DeploymentFailed, DeploymentHealthy, DeploymentSuperseded, eventOf } from './events.js';
import type { PlatformSlot, PlatformSlots } from './platform-slot.js';
import { previewOf } from './preview-of.js';
import { recordDeploymentEvents } from './record.js';
import { resumeDeployment } from './resume-deployment.js';
import type { DeploymentRow } from './schema.js';
import { reasonOf } from './steps.js';

/** How often to look again whether a platform this process is changing is free to be brought back. */
const BUSY_RETRY_MS = 500;

/**
 * After WebNova starts: every local deployment the events say should run is started again, on the
 * preview port it had. One that was half-way through being made when WebNova went down is marked failed
 * (it never went live); if it had replaced nothing, the platform has nothing to bring back.
 *
 * WebNova serves while this runs, so a person may deploy meanwhile: each platform is looked at while
 * holding its slot, so a deployment this process is making is never taken for one a previous process
 * left half-made, and one it already runs is not started twice.
 */
export async function reconcileDeployments(deps: RuntimeDeps, slots: PlatformSlots): Promise<void> {
  for (const tenantId of await tenantsWithRunningDeployments(deps.db)) {
    const rows = await withTenant(deps.db, { tenantId }, (tx) => desiredRunningDeployments(tx, tenantId));
    for (const platformId of new Set(rows.map((row) => row.platformId))) {
      const slot = slots.slot(tenantId, platformId);
      try {
        await whenFree(slot, 'bringing the platform back', () => reconcilePlatform(deps, slot));
      } catch (error) {
        // One platform that cannot be brought back must not keep the others down.
        deps.log.error({ err: error, platformId }, 'platform could not be brought back');
      }
    }
  }
}

async function reconcilePlatform(deps: RuntimeDeps, slot: PlatformSlot): Promise<void> {
  const { tenantId, platformId } = slot;
  const candidates = (
    await withTenant(deps.db, { tenantId }, (tx) => desiredRunningDeployments(tx, tenantId))
  ).filter((row) => row.platformId === platformId);
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
  // Nothing to bring back, or deployed by this process while it was waiting its turn.
  if (!serving || slot.active?.deploymentId === serving.id) return;
  try {
    await bringBack(deps, slot, serving);
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

async function bringBack(deps: RuntimeDeps, slot: PlatformSlot, serving: DeploymentRow): Promise<void> {
  await resumeDeployment(deps, slot, serving);
  const proxy = await previewOf(deps, slot, serving.previewPort);
  if (slot.active) proxy.setTarget(slot.active.upstream);
  await slot.settled();
  await recordDeploymentEvents(deps, slot.tenantId, slot.platformId, [
    eventOf(DeploymentHealthy, {
      deploymentId: serving.id,
      url: proxy.url,
      previewPort: slot.previewPort ?? 0,
      latencyMs: slot.active?.supervisor.health?.latencyMs ?? 0,
    }),
  ]);
  deps.log.info(
    { platformId: slot.platformId, deploymentId: serving.id, url: proxy.url },
    'platform running again',
  );
}

/**
 * Runs `work` holding the platform's slot, waiting while a deploy, stop or restart of this process holds
 * it (the slot refuses rather than queues, which suits people, not this background catch-up).
 */
async function whenFree(slot: PlatformSlot, what: string, work: () => Promise<void>): Promise<void> {
  for (;;) {
    let began = false;
    try {
      return await slot.exclusive(what, () => {
        began = true;
        return work();
      });
    } catch (error) {
      if (began || !(error instanceof AppError) || error.code !== 'conflict') throw error;
    }
    await delay(BUSY_RETRY_MS);
  }
}
