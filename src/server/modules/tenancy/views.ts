import type { Member, TenantRole, TenantSummary } from '../../../contracts/index.js';
import type { TenantContext } from '../../http/index.js';
import type { MembershipRow } from './membership-repository.js';
import type { TenantRow } from './tenant-repository.js';
import type { DirectoryUser } from './user-directory.js';

// Rows turned into what the API returns.

export function toTenantSummary(row: TenantRow, role: TenantRole): TenantSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    tier: row.tier,
    role,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toTenantContext(row: TenantRow, role: TenantRole): TenantContext {
  return { id: row.id, slug: row.slug, name: row.name, tier: row.tier, role };
}

/** A membership whose account is gone still shows, so an admin can see and remove it. */
export function toMember(row: MembershipRow, user: DirectoryUser | undefined): Member {
  return {
    id: row.id,
    userId: row.userId,
    email: user?.email ?? '',
    displayName: user?.displayName ?? '(deleted account)',
    role: row.role,
    createdAt: row.createdAt.toISOString(),
  };
}
