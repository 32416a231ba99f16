import type { RuntimeDeps } from './deps.js';
import {
  DeploymentCrashed,
  DeploymentCrashLooping,
  DeploymentHealthy,
  DeploymentStarted,
  eventOf,
} from './events.js';
import type { PlatformSlot } from './platform-slot.js';
import { recordDeploymentEvents } from './record.js';
import type { SupervisorEvent } from './supervisor/index.js';
import type { NewEvent } from '../events/index.js';

/**
 * Turns what a deployment's supervisor reports into events, in order. The first start's health is the
 * deploying flow's to record (after the proxy switched to it); later ones, after crashes, are recorded here.
 * A start a person asked for (restart, the way out of crash-looping) is also the asking flow's to record.
 */
export function superviseDeployment(
  deps: Pick<RuntimeDeps, 'store' | 'quotas' | 'db' | 'log'>,
  slot: PlatformSlot,
  deploymentId: string,
): (event: SupervisorEvent) => void {
  const record = (events: NewEvent[]) =>
    slot.report(
      () => recordDeploymentEvents(deps, slot.tenantId, slot.platformId, events),
      (err) => deps.log.error({ err, deploymentId }, 'recording a deployment event failed'),
    );
  const serving = () => slot.active?.deploymentId === deploymentId;
  // Only a restart the supervisor made by itself; otherwise a person's restart is recorded healthy twice.
  let restartingAfterCrash = false;
  return (event) => {
    switch (event.type) {
      case 'started':
        record([eventOf(DeploymentStarted, { deploymentId, pid: event.pid, attempt: event.attempt })]);
        return;
      case 'healthy':
        if (!restartingAfterCrash) return;
        restartingAfterCrash = false;
        if (serving() && slot.proxy && slot.previewPort !== null) {
          record([
            eventOf(DeploymentHealthy, {
              deploymentId,
              url: slot.proxy.url,
              previewPort: slot.previewPort,
              latencyMs: event.latencyMs,
            }),
          ]);
        }
        return;
      case 'crashed':
        deps.log.warn({ deploymentId, reason: event.reason }, 'platform crashed');
        restartingAfterCrash = true;
        record([
          eventOf(DeploymentCrashed, {
            deploymentId,
            exitCode: event.exitCode,
            signal: event.signal,
            reason: event.reason,
            restartInMs: Math.round(event.restartInMs),
          }),
        ]);
        return;
      case 'crash_looping':
        deps.log.error({ deploymentId, reason: event.reason }, 'platform is crash-looping');
        restartingAfterCrash = false;
        if (serving())
          slot.proxy?.setTarget(
            null,
            `The platform keeps crashing (${event.reason}); restart it once fixed.`,
          );
        record([
          eventOf(DeploymentCrashLooping, {
            deploymentId,
            crashes: event.crashesInWindow,
            windowMs: event.windowMs,
            reason: event.reason,
          }),
        ]);
        return;
      case 'memory_exceeded':
        deps.log.warn(
          { deploymentId, rssMb: event.rssMb, limitMb: event.limitMb },
          'platform exceeded its memory limit',
        );
        return;
      case 'stopped':
        restartingAfterCrash = false;
        return;
    }
  };
}
