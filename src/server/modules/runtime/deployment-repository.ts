import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { ACTIVE_DEPLOYMENT_STATUSES } from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';
import { withoutTenant, type AppDb, type AppTx } from '../../db/index.js';
import { deployments, type DeploymentRow } from './schema.js';

export async function findDeployment(
  tx: AppTx,
  tenantId: string,
  deploymentId: string,
): Promise<DeploymentRow | null> {
  const [row] = await tx
    .select()
    .from(deployments)
    .where(and(eq(deployments.tenantId, tenantId), eq(deployments.id, deploymentId)));
  return row ?? null;
}

/** The deployment of this platform, or a 404 that says how to find the right one. */
export async function loadDeployment(
  tx: AppTx,
  tenantId: string,
  platformId: string,
  deploymentId: string,
): Promise<DeploymentRow> {
  const row = await findDeployment(tx, tenantId, deploymentId);
  if (!row || row.platformId !== platformId) {
    throw new AppError('not_found', `This platform has no deployment ${deploymentId}`, {
      hint: `GET /api/platforms/${platformId}/deployments lists its deployments.`,
      details: { deploymentId },
    });
  }
  return row;
}

/** Newest first. */
export function listPlatformDeployments(
  tx: AppTx,
  tenantId: string,
  platformId: string,
): Promise<DeploymentRow[]> {
  return tx
    .select()
    .from(deployments)
    .where(and(eq(deployments.tenantId, tenantId), eq(deployments.platformId, platformId)))
    .orderBy(desc(deployments.createdAt), desc(deployments.id));
}

/** Every deployment of the tenant, newest first, up to `limit`. */
export function listTenantDeployments(tx: AppTx, tenantId: string, limit: number): Promise<DeploymentRow[]> {
  return tx
    .select()
    .from(deployments)
    .where(eq(deployments.tenantId, tenantId))
    .orderBy(desc(deployments.createdAt), desc(deployments.id))
    .limit(limit);
}

/** Local deployments of the platform that hold (or are about to hold) a process. */
export function activeLocalDeployments(
  tx: AppTx,
  tenantId: string,
  platformId: string,
): Promise<DeploymentRow[]> {
  return tx
    .select()
    .from(deployments)
    .where(
      and(
        eq(deployments.tenantId, tenantId),
        eq(deployments.platformId, platformId),
        eq(deployments.target, 'local'),
        inArray(deployments.status, [...ACTIVE_DEPLOYMENT_STATUSES]),
      ),
    );
}

/** Local deployments WebNova should keep running: what a restart brings back. */
export function desiredRunningDeployments(tx: AppTx, tenantId: string): Promise<DeploymentRow[]> {
  return tx
    .select()
    .from(deployments)
    .where(
      and(
        eq(deployments.tenantId, tenantId),
        eq(deployments.target, 'local'),
        eq(deployments.desiredRunning, true),
      ),
    )
    .orderBy(desc(deployments.createdAt));
}

/**
 * The latest local deployment that reached its health check: its database holds that version's schema,
 * so its migrations are the history the next deployment builds on.
 */
export async function lastHealthyDeployment(
  tx: AppTx,
  tenantId: string,
  platformId: string,
): Promise<DeploymentRow | null> {
  const [row] = await tx
    .select()
    .from(deployments)
    .where(
      and(
        eq(deployments.tenantId, tenantId),
        eq(deployments.platformId, platformId),
        eq(deployments.target, 'local'),
        isNotNull(deployments.liveAt),
      ),
    )
    .orderBy(desc(deployments.liveAt))
    .limit(1);
  return row ?? null;
}

/** The tenants with local deployments that should run (ids only; see webnova_tenants_with_running_deployments). */
export function tenantsWithRunningDeployments(db: AppDb): Promise<string[]> {
  return withoutTenant(db, async (tx) => {
    const rows = await tx.execute<{ tenant_id: string }>(
      sql`select t as tenant_id from webnova_tenants_with_running_deployments() as t`,
    );
    return rows.rows.map((row) => row.tenant_id);
  });
}
