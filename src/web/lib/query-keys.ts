/**
 * Query keys several features touch. A feature may not import another one, yet a profile change must
 * refresh the session and a tenant write must refresh that tenant's other views, so the keys live here.
 */
export const sessionQueryKey = ['session'] as const;
export const tenantsQueryKey = ['tenants'] as const;

/**
 * Everything read inside one tenant starts with this key. Writes invalidate the whole prefix: a new member
 * also changes seat usage and the audit log, and refetching a few small lists is cheaper than tracking that.
 */
export const tenantScopeKey = (tenantId: string) => ['tenant', tenantId] as const;
