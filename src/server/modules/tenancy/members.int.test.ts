import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantRole } from '../../../contracts/index.js';
import { systemClock, type AppError } from '../../../kernel/index.js';
import { createTestDatabase, testDatabaseKinds, withTenant, type TestDatabase } from '../../db/index.js';
import type { TenantContext } from '../../http/index.js';
import { addMember } from './add-member.js';
import { changeMemberRole } from './change-member-role.js';
import { createTenancyModule, type DirectoryUser, type TenancyModule } from './index.js';
import { listMembers } from './list-members.js';
import { findMemberForUpdate } from './membership-repository.js';
import { removeMember } from './remove-member.js';
import { actorOf, asInstallation, seedUsers, sqlUserDirectory } from './test-support.js';

describe.each(testDatabaseKinds())('members (%s)', (kind) => {
  let database: TestDatabase;
  let tenancy: TenancyModule;
  const deps = { users: sqlUserDirectory, clock: systemClock };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    tenancy = createTenancyModule({ db: database.db, clock: systemClock, users: sqlUserDirectory });
  });
  afterAll(() => database.drop());

  let counter = 0;
  /** A new tenant owned by a new person; returns the owner's view of it and the owner. */
  async function newTenant(): Promise<{
    owner: DirectoryUser;
    as: (user: DirectoryUser) => Promise<TenantContext>;
  }> {
    counter += 1;
    const [owner] = await seedUsers(database, `members-${counter}`);
    const tenant = await asInstallation(database, owner!.id, (tx) =>
      tenancy.createTenant(tx, { name: `Tenant ${counter}`, ownerId: owner!.id }),
    );
    const as = async (user: DirectoryUser) => (await tenancy.resolver.resolve(actorOf(user), tenant.id))!;
    return { owner: owner!, as };
  }
  const inTenant = <T>(tenant: TenantContext, work: Parameters<typeof withTenant<T>>[2]) =>
    withTenant(database.db, { tenantId: tenant.id }, work);
  const add = (tenant: TenantContext, email: string, role: TenantRole) =>
    inTenant(tenant, (tx) => addMember(tx, deps, tenant, { email, role }));
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error as AppError,
    );
  const seats = async (tenant: TenantContext) =>
    (await inTenant(tenant, (tx) => tenancy.quotas.report(tx, tenant))).quotas.find(
      (q) => q.quota === 'seats',
    )!.used;

  it('adds a person by email, with their name, taking a seat', async () => {
    const { owner, as } = await newTenant();
    const [dana] = await seedUsers(database, 'dana');
    const tenant = await as(owner);
    const member = await add(tenant, dana!.email, 'developer');
    expect(member).toMatchObject({
      userId: dana!.id,
      email: dana!.email,
      displayName: dana!.displayName,
      role: 'developer',
    });
    const listed = await inTenant(tenant, (tx) => listMembers(tx, sqlUserDirectory, tenant.id));
    expect(listed.map((m) => [m.email, m.role])).toEqual([
      [owner.email, 'owner'],
      [dana!.email, 'developer'],
    ]);
    expect(await seats(tenant)).toBe(2);
  });

  it('refuses unknown people (404 with a hint), duplicates (409) and seats past the tier (429, nothing written)', async () => {
    const { owner, as } = await newTenant();
    const tenant = await as(owner);
    const people = await seedUsers(database, 'seat', 3);
    expect(await failure(add(tenant, 'nobody@example.com', 'viewer'))).toMatchObject({
      status: 404,
      hint: expect.stringMatching(/sign up/),
    });
    await add(tenant, people[0]!.email, 'viewer');
    expect(await failure(add(tenant, people[0]!.email, 'admin'))).toMatchObject({ status: 409 });
    await add(tenant, people[1]!.email, 'viewer');
    const refused = await failure(add(tenant, people[2]!.email, 'viewer'));
    expect(refused).toMatchObject({
      status: 429,
      details: { quota: 'seats', tier: 'free', limit: 3, upgradeTo: 'basic' },
    });
    expect(await inTenant(tenant, (tx) => listMembers(tx, sqlUserDirectory, tenant.id))).toHaveLength(3);
    expect(await seats(tenant)).toBe(3);
  });

  it('lets more people in once the tier is raised, and frees a seat on removal', async () => {
    const { owner, as } = await newTenant();
    const people = await seedUsers(database, 'upgrade', 3);
    for (const person of people.slice(0, 2)) await add(await as(owner), person.email, 'viewer');
    expect((await failure(add(await as(owner), people[2]!.email, 'viewer')))?.status).toBe(429);
    await database.query(`update tenants set tier = 'basic' where id = $1`, [(await as(owner)).id]);
    const tenant = await as(owner);
    const added = await add(tenant, people[2]!.email, 'viewer');
    expect(await seats(tenant)).toBe(4);
    await inTenant(tenant, (tx) => removeMember(tx, systemClock, tenant, added.id));
    expect(await seats(tenant)).toBe(3);
  });

  it('keeps owners in charge of owners, and never leaves a tenant without one', async () => {
    const { owner, as } = await newTenant();
    const [admin, second] = await seedUsers(database, 'owners', 2);
    const asOwner = await as(owner);
    const adminMember = await add(asOwner, admin!.email, 'admin');
    const ownerMember = (await inTenant(asOwner, (tx) => listMembers(tx, sqlUserDirectory, asOwner.id)))[0]!;
    const change = (actor: TenantContext, id: string, role: TenantRole) =>
      inTenant(actor, (tx) => changeMemberRole(tx, sqlUserDirectory, actor, id, role));
    const asAdmin = await as(admin!);

    expect((await failure(add(asAdmin, second!.email, 'owner')))?.status).toBe(403);
    expect((await failure(change(asAdmin, ownerMember.id, 'viewer')))?.status).toBe(403);
    expect(
      (await failure(inTenant(asAdmin, (tx) => removeMember(tx, systemClock, asAdmin, ownerMember.id))))
        ?.status,
    ).toBe(403);
    expect((await failure(change(asOwner, ownerMember.id, 'admin')))?.status).toBe(409);
    expect(
      (await failure(inTenant(asOwner, (tx) => removeMember(tx, systemClock, asOwner, ownerMember.id))))
        ?.status,
    ).toBe(409);

    await change(asOwner, adminMember.id, 'owner');
    expect((await change(asOwner, ownerMember.id, 'admin')).role).toBe('admin');
    const roles = await inTenant(asOwner, (tx) => listMembers(tx, sqlUserDirectory, asOwner.id));
    expect(roles.map((m) => m.role)).toEqual(['admin', 'owner']);
  });

  it('lets only one of two owners demoting each other at once succeed', async () => {
    const { owner, as } = await newTenant();
    const [other] = await seedUsers(database, 'duel');
    const otherMember = await add(await as(owner), other!.email, 'owner');
    const asA = await as(owner);
    const asB = await as(other!);
    const members = await inTenant(asA, (tx) => listMembers(tx, sqlUserDirectory, asA.id));
    const aMember = members.find((m) => m.userId === owner.id)!;
    const results = await Promise.allSettled([
      inTenant(asA, (tx) => changeMemberRole(tx, sqlUserDirectory, asA, otherMember.id, 'admin')),
      inTenant(asB, (tx) => changeMemberRole(tx, sqlUserDirectory, asB, aMember.id, 'admin')),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(
      ((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as AppError).status,
    ).toBe(409);
    const owners = await database.query(
      `select id from memberships where tenant_id = $1 and role = 'owner'`,
      [asA.id],
    );
    expect(owners).toHaveLength(1);
  });

  it("keeps tenant B away from tenant A's members, by id, even past the repository's own scoping", async () => {
    const a = await newTenant();
    const b = await newTenant();
    const [person] = await seedUsers(database, 'isolated');
    const asA = await a.as(a.owner);
    const asB = await b.as(b.owner);
    const memberOfA = await add(asA, person!.email, 'developer');

    expect(
      (
        await failure(
          inTenant(asB, (tx) => changeMemberRole(tx, sqlUserDirectory, asB, memberOfA.id, 'admin')),
        )
      )?.status,
    ).toBe(404);
    expect(
      (await failure(inTenant(asB, (tx) => removeMember(tx, systemClock, asB, memberOfA.id))))?.status,
    ).toBe(404);
    expect(
      (await inTenant(asB, (tx) => listMembers(tx, sqlUserDirectory, asB.id))).map((m) => m.id),
    ).not.toContain(memberOfA.id);
    // Row-level security is the backstop: in B's transaction, even asking for A's rows by A's id finds nothing.
    expect(await inTenant(asB, (tx) => findMemberForUpdate(tx, asA.id, memberOfA.id))).toBeNull();
    expect(await inTenant(asB, (tx) => listMembers(tx, sqlUserDirectory, asA.id))).toEqual([]);
    expect(
      (await inTenant(asA, (tx) => listMembers(tx, sqlUserDirectory, asA.id))).find(
        (m) => m.id === memberOfA.id,
      )?.role,
    ).toBe('developer');
  });
});
