import { withTenant, type AppDb } from '../../db/index.js';
import type { TenantResolver } from '../../http/index.js';
import { findMembershipOfUser } from './membership-repository.js';
import { findTenant } from './tenant-repository.js';
import { toTenantContext } from './views.js';

/**
 * Tells the route pipeline who the caller is in the tenant named by `X-Tenant-Id`, in a transaction of
 * its own confined to that tenant. The ROOT_OWNER acts as owner everywhere; anyone else must be a member.
 */
export function createTenantResolver(db: AppDb): TenantResolver {
  return {
    resolve: (actor, tenantId) =>
      withTenant(db, { tenantId, userId: actor.userId }, async (tx) => {
        const tenant = await findTenant(tx, tenantId);
        if (!tenant) return null;
        if (actor.isRootOwner) return toTenantContext(tenant, 'owner');
        const membership = await findMembershipOfUser(tx, tenantId, actor.userId);
        return membership ? toTenantContext(tenant, membership.role) : null;
      }),
  };
}
