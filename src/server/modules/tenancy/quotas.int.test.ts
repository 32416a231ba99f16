import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tier } from '../../../contracts/index.js';
import { fixedClock, type AppError } from '../../../kernel/index.js';
import { createTestDatabase, testDatabaseKinds, withTenant, type TestDatabase } from '../../db/index.js';
import { createTenancyModule, type TenancyModule } from './index.js';
import { asInstallation, seedUsers, sqlUserDirectory } from './test-support.js';

describe.each(testDatabaseKinds())('quotas (%s)', (kind) => {
  let database: TestDatabase;
  let tenancy: TenancyModule;
  const clock = fixedClock(new Date('2026-01-31T23:00:00Z'));

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    tenancy = createTenancyModule({ db: database.db, clock, users: sqlUserDirectory });
  });
  afterAll(() => database.drop());

  /** A fresh tenant on `tier`, its owner already holding one seat. */
  async function tenantOn(tier: Tier): Promise<string> {
    const [owner] = await seedUsers(database, `owner-${tier}-${Math.random().toString(36).slice(2, 8)}`);
    const tenant = await asInstallation(database, owner!.id, (tx) =>
      tenancy.createTenant(tx, { name: `Quota ${tier}`, ownerId: owner!.id }),
    );
    await database.query('update tenants set tier = $1 where id = $2', [tier, tenant.id]);
    return tenant.id;
  }
  const inTenant = <T>(tenantId: string, work: Parameters<typeof withTenant<T>>[2]) =>
    withTenant(database.db, { tenantId }, work);
  const used = async (tenantId: string, quota: string) => {
    // Outside the transaction: PGlite runs one at a time, so a raw query inside one would wait forever.
    const [row] = await database.query<{ tier: Tier }>('select tier from tenants where id = $1', [tenantId]);
    const report = await inTenant(tenantId, (tx) =>
      tenancy.quotas.report(tx, { id: tenantId, tier: row!.tier }),
    );
    return report.quotas.find((entry) => entry.quota === quota)!;
  };
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error as AppError,
    );

  it('lets exactly the limit through when 200 transactions consume at once', async () => {
    const tenantId = await tenantOn('pro'); // platforms: 25
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, () =>
        inTenant(tenantId, (tx) => tenancy.quotas.consume(tx, tenantId, 'platforms')),
      ),
    );
    const refused = results.filter((result) => result.status === 'rejected');
    expect(results.length - refused.length).toBe(25);
    expect(refused.every((result) => (result.reason as AppError).code === 'quota_exceeded')).toBe(true);
    expect((await used(tenantId, 'platforms')).used).toBe(25);
  });

  it('refuses with the quota, tier, limit and the tier that lifts it', async () => {
    const tenantId = await tenantOn('free');
    await inTenant(tenantId, (tx) => tenancy.quotas.consume(tx, tenantId, 'seats', 2));
    const error = await refusal(inTenant(tenantId, (tx) => tenancy.quotas.consume(tx, tenantId, 'seats')));
    expect(error).toMatchObject({ code: 'quota_exceeded', status: 429 });
    expect(error!.details).toEqual({ quota: 'seats', tier: 'free', limit: 3, upgradeTo: 'basic' });
    expect(error!.message).toMatch(/3 are in use/);
    expect((await used(tenantId, 'seats')).used).toBe(3);
  });

  it('refuses a first consumption larger than the limit without creating a counter', async () => {
    const tenantId = await tenantOn('free'); // platforms: 2
    const error = await refusal(
      inTenant(tenantId, (tx) => tenancy.quotas.consume(tx, tenantId, 'platforms', 3)),
    );
    expect(error?.code).toBe('quota_exceeded');
    expect(
      await database.query(`select * from quota_usage where tenant_id = $1 and quota = 'platforms'`, [
        tenantId,
      ]),
    ).toEqual([]);
    await inTenant(tenantId, (tx) => tenancy.quotas.consume(tx, tenantId, 'platforms', 2));
    expect((await used(tenantId, 'platforms')).used).toBe(2);
  });

  it('counts but never refuses on an unlimited tier', async () => {
    const tenantId = await tenantOn('sovereign');
    await inTenant(tenantId, (tx) => tenancy.quotas.consume(tx, tenantId, 'seats', 1_000_000));
    expect(await used(tenantId, 'seats')).toMatchObject({ used: 1_000_001, limit: null });
  });

  it('releases without going below zero', async () => {
    const tenantId = await tenantOn('basic');
    await inTenant(tenantId, (tx) => tenancy.quotas.consume(tx, tenantId, 'deployments', 3));
    await inTenant(tenantId, (tx) => tenancy.quotas.release(tx, tenantId, 'deployments', 2));
    expect((await used(tenantId, 'deployments')).used).toBe(1);
    await inTenant(tenantId, (tx) => tenancy.quotas.release(tx, tenantId, 'deployments', 5));
    expect((await used(tenantId, 'deployments')).used).toBe(0);
  });

  it('rolls the consumption back with the transaction that made it', async () => {
    const tenantId = await tenantOn('basic');
    await refusal(
      inTenant(tenantId, async (tx) => {
        await tenancy.quotas.consume(tx, tenantId, 'storage_mb', 100);
        throw new Error('the work that needed the storage failed');
      }),
    );
    expect((await used(tenantId, 'storage_mb')).used).toBe(0);
  });

  it('starts monthly quotas afresh each UTC month, keyed YYYY-MM', async () => {
    const tenantId = await tenantOn('free'); // ai_tokens_per_month: 200 000
    await inTenant(tenantId, (tx) => tenancy.quotas.consume(tx, tenantId, 'ai_tokens_per_month', 200_000));
    expect(await used(tenantId, 'ai_tokens_per_month')).toMatchObject({ used: 200_000, period: '2026-01' });
    expect(
      (await refusal(inTenant(tenantId, (tx) => tenancy.quotas.consume(tx, tenantId, 'ai_tokens_per_month'))))
        ?.code,
    ).toBe('quota_exceeded');
    clock.advance(60 * 60 * 1000); // 2026-02-01T00:00Z
    expect(await used(tenantId, 'ai_tokens_per_month')).toMatchObject({ used: 0, period: '2026-02' });
    await inTenant(tenantId, (tx) => tenancy.quotas.consume(tx, tenantId, 'ai_tokens_per_month', 150_000));
    const periods = await database.query<{ period: string; used: string }>(
      `select period, used::text from quota_usage where tenant_id = $1 and quota = 'ai_tokens_per_month' order by period`,
      [tenantId],
    );
    expect(periods).toEqual([
      { period: '2026-01', used: '200000' },
      { period: '2026-02', used: '150000' },
    ]);
    // Seats are not monthly: the owner's seat is still counted after the month turned.
    expect(await used(tenantId, 'seats')).toMatchObject({ used: 1, period: 'current' });
  });
});
