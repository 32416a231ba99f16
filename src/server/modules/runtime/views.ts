import type {
  DeploymentDetail,
  DeploymentStatus,
  DeploymentStep,
  DeploymentSummary,
  DeploymentTargetName,
} from '../../../contracts/index.js';
import type { PlatformSlots } from './platform-slot.js';
import type { DeploymentRow } from './schema.js';

/** A deployment as the API shows it: the stored row, with health from the process when it runs here. */
export function toDeploymentSummary(row: DeploymentRow, slots: PlatformSlots): DeploymentSummary {
  const running = runningInstanceOf(row, slots);
  return {
    id: row.id,
    platformId: row.platformId,
    generationId: row.generationId,
    blueprintVersion: row.blueprintVersion,
    target: row.target as DeploymentTargetName,
    status: row.status as DeploymentStatus,
    url: row.target === 'local' ? row.url : null,
    health: running?.supervisor.health ?? null,
    restarts: row.restarts,
    reason: row.reason,
    message: row.message,
    previousDeploymentId: row.previousDeploymentId,
    rollbackOf: row.rollbackOf,
    createdBy: { id: row.createdBy, label: row.createdByLabel },
    createdAt: row.createdAt.toISOString(),
    liveAt: row.liveAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
  };
}

export function toDeploymentDetail(
  row: DeploymentRow,
  slots: PlatformSlots,
  steps: DeploymentStep[] = [],
): DeploymentDetail {
  const running = runningInstanceOf(row, slots);
  return {
    ...toDeploymentSummary(row, slots),
    healthHistory: running?.supervisor.healthHistory() ?? [],
    steps,
    artifactsDir: row.artifactsDir,
  };
}

function runningInstanceOf(row: DeploymentRow, slots: PlatformSlots) {
  const active = slots.find(row.tenantId, row.platformId)?.active;
  return active?.deploymentId === row.id ? active : undefined;
}
