import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantSummary } from '../../../contracts/index.js';
import { fixedClock, type AppError } from '../../../kernel/index.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../../db/index.js';
import { changeTier } from './change-tier.js';
import { createTenancyModule, type DirectoryUser, type TenancyModule } from './index.js';
import { actorOf, asInstallation, seedUsers, sqlUserDirectory } from './test-support.js';

describe.each(testDatabaseKinds())('tenants (%s)', (kind) => {
  let database: TestDatabase;
  let tenancy: TenancyModule;
  let alice: DirectoryUser;
  let bob: DirectoryUser;
  let root: DirectoryUser;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    tenancy = createTenancyModule({
      db: database.db,
      clock: fixedClock(new Date('2026-05-01T00:00:00Z')),
      users: sqlUserDirectory,
    });
    const people = await seedUsers(database, 'tenants', 3);
    [alice, bob, root] = [people[0]!, people[1]!, people[2]!];
  });
  afterAll(() => database.drop());

  const create = (owner: DirectoryUser, name: string, slug?: string) =>
    asInstallation(database, owner.id, (tx) => tenancy.createTenant(tx, { name, slug, ownerId: owner.id }));
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error as AppError,
    );

  it('creates a tenant with its creator as owner, holding one seat', async () => {
    const tenant = TenantSummary.parse(await create(alice, 'Riyadh Clinic'));
    expect(tenant).toMatchObject({
      slug: 'riyadh-clinic',
      name: 'Riyadh Clinic',
      tier: 'free',
      role: 'owner',
      createdAt: '2026-05-01T00:00:00.000Z',
    });
    expect(
      await database.query('select user_id, role from memberships where tenant_id = $1', [tenant.id]),
    ).toEqual([{ user_id: alice.id, role: 'owner' }]);
    expect(
      await database.query(`select quota, period, used::int from quota_usage where tenant_id = $1`, [
        tenant.id,
      ]),
    ).toEqual([{ quota: 'seats', period: 'current', used: 1 }]);
  });

  it('de-duplicates slugs made from names, and makes random ones for names with no Latin letters', async () => {
    expect((await create(bob, 'Riyadh Clinic')).slug).toBe('riyadh-clinic-2');
    expect((await create(bob, 'Riyadh  clinic!')).slug).toBe('riyadh-clinic-3');
    expect((await create(bob, 'مستشفى الملك فيصل')).slug).toMatch(/^org-[a-z0-9]{6}$/);
  });

  it('refuses a chosen slug that is taken with 409, and writes nothing', async () => {
    const before = await database.query('select id from tenants');
    const error = await failure(create(bob, 'Another Clinic', 'riyadh-clinic'));
    expect(error).toMatchObject({
      code: 'conflict',
      status: 409,
      message: expect.stringMatching(/riyadh-clinic/),
    });
    expect(await database.query('select id from tenants')).toHaveLength(before.length);
    expect((await create(bob, 'Another Clinic', 'another-one')).slug).toBe('another-one');
  });

  it("lists a person's own tenants only, through the own-memberships policy", async () => {
    const ofAlice = await asInstallation(database, alice.id, (tx) => tenancy.listTenantsOf(tx, alice.id));
    expect(ofAlice.map((tenant) => tenant.slug)).toEqual(['riyadh-clinic']);
    const ofBob = await asInstallation(database, bob.id, (tx) => tenancy.listTenantsOf(tx, bob.id));
    expect(ofBob).toHaveLength(4);
    expect(ofBob.every((tenant) => tenant.role === 'owner')).toBe(true);
    // The policy, not only the WHERE clause: a transaction acting for Bob cannot read Alice's memberships.
    expect(await asInstallation(database, bob.id, (tx) => tenancy.listTenantsOf(tx, alice.id))).toEqual([]);
    expect(await asInstallation(database, undefined, (tx) => tenancy.listTenantsOf(tx, alice.id))).toEqual(
      [],
    );
  });

  it('resolves members with their role, the ROOT_OWNER as owner anywhere, and nobody else', async () => {
    const [clinic] = await asInstallation(database, alice.id, (tx) => tenancy.listTenantsOf(tx, alice.id));
    expect(await tenancy.resolver.resolve(actorOf(alice), clinic!.id)).toEqual({
      id: clinic!.id,
      slug: 'riyadh-clinic',
      name: 'Riyadh Clinic',
      tier: 'free',
      role: 'owner',
    });
    expect(await tenancy.resolver.resolve(actorOf(bob), clinic!.id)).toBeNull();
    expect((await tenancy.resolver.resolve(actorOf(root, true), clinic!.id))?.role).toBe('owner');
    expect(
      await tenancy.resolver.resolve(actorOf(root, true), '0190f5d2-7c1e-7a3b-9f10-00000000dead'),
    ).toBeNull();
  });

  it('changes a tier, and reports an unknown tenant as 404', async () => {
    const [clinic] = await asInstallation(database, alice.id, (tx) => tenancy.listTenantsOf(tx, alice.id));
    const changed = await asInstallation(database, root.id, (tx) => changeTier(tx, clinic!.id, 'pro'));
    expect(changed.tier).toBe('pro');
    expect((await tenancy.resolver.resolve(actorOf(alice), clinic!.id))?.tier).toBe('pro');
    const error = await failure(
      asInstallation(database, root.id, (tx) =>
        changeTier(tx, '0190f5d2-7c1e-7a3b-9f10-00000000dead', 'pro'),
      ),
    );
    expect(error?.status).toBe(404);
  });
});
