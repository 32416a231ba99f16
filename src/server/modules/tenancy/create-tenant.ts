import { randomInt } from 'node:crypto';
import type { TenantSummary } from '../../../contracts/index.js';
import { AppError, newId, type Clock } from '../../../kernel/index.js';
import { actAsTenant, type AppTx } from '../../db/index.js';
import { consumeQuota } from './consume-quota.js';
import { insertMembership } from './membership-repository.js';
import { firstFreeSlug, randomSlug, slugBaseOf } from './slug.js';
import { insertTenant, slugsLike, type TenantRow } from './tenant-repository.js';
import { toTenantSummary } from './views.js';

export interface CreateTenantInput {
  name: string;
  /** Chosen by the caller: taken → 409. Left out: made from the name and de-duplicated. */
  slug?: string | undefined;
  ownerId: string;
}

// Concurrent creations may take a slug between our look-up and our insert; retry a few times.
const SLUG_ATTEMPTS = 5;

/**
 * Creates a tenant with `ownerId` as its first owner, holding one seat. Runs in the caller's
 * transaction (an installation-scoped one, since the tenant does not exist yet), switching to the new
 * tenant for the rows it owns.
 */
export async function createTenant(
  tx: AppTx,
  clock: Clock,
  input: CreateTenantInput,
): Promise<TenantSummary> {
  const now = clock.now();
  const fields = { id: newId(), name: input.name.trim(), createdAt: now };
  const tenant = input.slug
    ? await insertWithChosenSlug(tx, { ...fields, slug: input.slug })
    : await insertWithDerivedSlug(tx, fields);
  await actAsTenant(tx, tenant.id, async () => {
    await insertMembership(tx, {
      tenantId: tenant.id,
      id: newId(),
      userId: input.ownerId,
      role: 'owner',
      createdAt: now,
    });
    await consumeQuota(tx, clock, tenant.id, 'seats');
  });
  return toTenantSummary(tenant, 'owner');
}

type NewTenant = { id: string; name: string; createdAt: Date };

async function insertWithChosenSlug(tx: AppTx, fields: NewTenant & { slug: string }): Promise<TenantRow> {
  const tenant = await insertTenant(tx, fields);
  if (tenant) return tenant;
  throw new AppError('conflict', `The slug '${fields.slug}' is already used by another tenant`, {
    hint: 'Choose another slug, or leave it out to have one made from the name.',
    details: { slug: fields.slug },
  });
}

async function insertWithDerivedSlug(tx: AppTx, fields: NewTenant): Promise<TenantRow> {
  const base = slugBaseOf(fields.name);
  for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt += 1) {
    const slug = base ? firstFreeSlug(base, await slugsLike(tx, base)) : randomSlug(randomInt);
    const tenant = await insertTenant(tx, { ...fields, slug });
    if (tenant) return tenant;
  }
  throw new AppError(
    'conflict',
    'Could not find a free slug for this tenant; too many were created at once',
    {
      hint: 'Send the request again, or choose a slug yourself.',
    },
  );
}
