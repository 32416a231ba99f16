import { withTenant, type AppTx } from '../../db/index.js';
import type { NewEvent } from '../events/index.js';
import { activeLocalDeployments } from './deployment-repository.js';
import type { RuntimeDeps } from './deps.js';
import { DEPLOYMENTS_STREAM_TYPE, deploymentsStreamOf } from './events.js';

/**
 * Appends deployment events and keeps the `deployments` quota in step: a platform counts once while it
 * has a local deployment holding a process, whatever the number of versions side by side during a
 * blue/green switch. Consuming can refuse (429), and then nothing of the append remains.
 */
export async function appendDeploymentEvents(
  tx: AppTx,
  deps: Pick<RuntimeDeps, 'store' | 'quotas'>,
  tenantId: string,
  platformId: string,
  events: NewEvent[],
): Promise<void> {
  const wasActive = (await activeLocalDeployments(tx, tenantId, platformId)).length > 0;
  await deps.store.appendIn(tx, tenantId, deploymentsStreamOf(platformId), events, {
    streamType: DEPLOYMENTS_STREAM_TYPE,
  });
  const isActive = (await activeLocalDeployments(tx, tenantId, platformId)).length > 0;
  if (!wasActive && isActive) await deps.quotas.consume(tx, tenantId, 'deployments');
  if (wasActive && !isActive) await deps.quotas.release(tx, tenantId, 'deployments');
}

/** The same in a transaction of its own: for what the supervisor reports while nobody is asking. */
export function recordDeploymentEvents(
  deps: Pick<RuntimeDeps, 'store' | 'quotas' | 'db'>,
  tenantId: string,
  platformId: string,
  events: NewEvent[],
): Promise<void> {
  return withTenant(deps.db, { tenantId }, (tx) =>
    appendDeploymentEvents(tx, deps, tenantId, platformId, events),
  );
}
