import type { TenantSummary } from '../../contracts/index.js';

/** The tenant component tests render inside: an owner of a free-tier tenant, unless told otherwise. */
export const TEST_TENANT: TenantSummary = {
  id: '0190f5d2-7c1e-7a3b-9f10-000000000001',
  slug: 'acme',
  name: 'Acme',
  tier: 'free',
  role: 'owner',
  createdAt: '2026-11-01T10:00:00.000Z',
};
