import { and, eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { DeploymentStatus } from '../../../contracts/index.js';
import type { Clock } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { AppendedEvent, InlineProjection } from '../events/index.js';
import {
  DeploymentCrashed,
  DeploymentCrashLooping,
  DeploymentFailed,
  DeploymentHealthy,
  DeploymentPackaged,
  DeploymentRequested,
  DeploymentRestarted,
  DeploymentStarted,
  DeploymentStopped,
  DeploymentSuperseded,
} from './events.js';
import { deployments } from './schema.js';

type Change = PgUpdateSetSource<typeof deployments>;

/** Keeps `deployments` in step with the deployment streams, inside each append's transaction. */
export function deploymentProjection(clock: Clock): InlineProjection {
  return {
    name: 'deployments',
    types: [
      DeploymentRequested.type,
      DeploymentStarted.type,
      DeploymentHealthy.type,
      DeploymentFailed.type,
      DeploymentCrashed.type,
      DeploymentCrashLooping.type,
      DeploymentRestarted.type,
      DeploymentStopped.type,
      DeploymentSuperseded.type,
      DeploymentPackaged.type,
    ],
    apply: async (tx, tenantId, events) => {
      for (const event of events) await applyOne(tx, tenantId, event, clock.now());
    },
  };
}

async function applyOne(tx: AppTx, tenantId: string, event: AppendedEvent, at: Date): Promise<void> {
  if (event.type === DeploymentRequested.type) {
    const data = DeploymentRequested.schema.parse(event.data);
    await tx.insert(deployments).values({
      tenantId,
      id: data.deploymentId,
      platformId: data.platformId,
      generationId: data.generationId,
      blueprintVersion: data.blueprintVersion,
      target: data.target,
      status: 'building' satisfies DeploymentStatus,
      desiredRunning: data.target === 'local',
      previousDeploymentId: data.previousDeploymentId,
      rollbackOf: data.rollbackOf,
      migrations: data.migrations,
      createdBy: data.requestedBy.id,
      createdByLabel: data.requestedBy.label,
      createdAt: at,
      updatedAt: at,
    });
    return;
  }
  const { deploymentId } = event.data as { deploymentId: string };
  const change = changeOf(event, at);
  await tx
    .update(deployments)
    .set({ ...change, updatedAt: at })
    .where(and(eq(deployments.tenantId, tenantId), eq(deployments.id, deploymentId)));
}

const status = (value: DeploymentStatus) => value;

function changeOf(event: AppendedEvent, at: Date): Change {
  switch (event.type) {
    case DeploymentStarted.type:
      // A restart after a crash stays `restarting` until its health check passes.
      return {
        status: sql`case when ${deployments.status} = 'building' then 'starting' else ${deployments.status} end`,
      };
    case DeploymentHealthy.type: {
      const data = DeploymentHealthy.schema.parse(event.data);
      return {
        status: status('live'),
        url: data.url,
        previewPort: data.previewPort,
        reason: null,
        liveAt: sql`coalesce(${deployments.liveAt}, ${at.toISOString()}::timestamptz)`,
      };
    }
    case DeploymentFailed.type: {
      const data = DeploymentFailed.schema.parse(event.data);
      return { status: status('failed'), desiredRunning: false, reason: data.reason, endedAt: at };
    }
    case DeploymentCrashed.type: {
      const data = DeploymentCrashed.schema.parse(event.data);
      return {
        status: status('restarting'),
        reason: data.reason,
        restarts: sql`${deployments.restarts} + 1`,
      };
    }
    case DeploymentCrashLooping.type: {
      const data = DeploymentCrashLooping.schema.parse(event.data);
      return { status: status('crash_looping'), desiredRunning: false, reason: data.reason };
    }
    case DeploymentRestarted.type:
      return { status: status('starting'), desiredRunning: true, reason: null, endedAt: null };
    case DeploymentStopped.type: {
      const data = DeploymentStopped.schema.parse(event.data);
      return { status: status('stopped'), desiredRunning: false, reason: data.reason, endedAt: at };
    }
    case DeploymentSuperseded.type:
      return { status: status('superseded'), desiredRunning: false, endedAt: at };
    case DeploymentPackaged.type: {
      const data = DeploymentPackaged.schema.parse(event.data);
      return {
        status: status('packaged'),
        desiredRunning: false,
        message: data.message,
        artifactsDir: data.artifactsDir,
      };
    }
    default:
      throw new Error(`the deployments projection does not handle ${event.type}`);
  }
}
