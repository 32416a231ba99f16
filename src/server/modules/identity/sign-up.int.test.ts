import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SignUpRequest } from '../../../contracts/index.js';
import { newId } from '../../../kernel/index.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../../db/index.js';
import {
  identityDeps,
  inInstallation,
  LOCAL,
  REMOTE,
  removeAllUsers,
  SETUP_TOKEN,
} from './identity-test-support.js';
import { signUp } from './sign-up.js';
import { insertUser } from './user-records.js';

const request = (email: string, extra: { setupToken?: string } = {}) =>
  SignUpRequest.parse({ email, password: 'a long enough password', displayName: 'Noura Al-Harbi', ...extra });

describe.each(testDatabaseKinds())('signing up (%s)', (kind) => {
  let database: TestDatabase;
  let setup: ReturnType<typeof identityDeps>;
  const signUpAs = (body: ReturnType<typeof request>, client = LOCAL) =>
    inInstallation(database, (tx) => signUp(tx, setup.deps, body, client));

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  beforeEach(async () => {
    await removeAllUsers(database);
    setup = identityDeps(database);
  });
  afterAll(() => database.drop());

  it('makes the first account the ROOT_OWNER and the next ones regular, each with a first tenant', async () => {
    const first = await signUpAs(request('noura@example.com'));
    const second = await signUpAs(request('omar@example.com'), REMOTE);
    expect(first.info.user.isRootOwner).toBe(true);
    expect(second.info.user.isRootOwner).toBe(false);
    expect(first.info.tenants.map((tenant) => tenant.name)).toEqual(["Noura Al-Harbi's organization"]);
    expect(setup.tenancy.created.map((tenant) => tenant.ownerId)).toEqual([
      first.info.user.id,
      second.info.user.id,
    ]);
    expect(first.info.csrfToken).toEqual(expect.any(String));
    expect(first.sessionToken).not.toBe(first.info.csrfToken);
  });

  it('refuses a first sign-up from another machine without the setup token, and says how to proceed', async () => {
    await expect(signUpAs(request('noura@example.com'), REMOTE)).rejects.toMatchObject({
      code: 'forbidden',
      hint: expect.stringMatching(/setup token/),
    });
    const [count] = await database.query<{ n: number }>('select count(*)::int as n from users');
    expect(count?.n).toBe(0);
  });

  it('refuses a wrong setup token and accepts the right one from another machine', async () => {
    await expect(
      signUpAs(request('noura@example.com', { setupToken: 'guessed' }), REMOTE),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const owner = await signUpAs(request('noura@example.com', { setupToken: SETUP_TOKEN }), REMOTE);
    expect(owner.info.user.isRootOwner).toBe(true);
  });

  it('refuses a second account with the same email, whatever its case, as a 409 naming the field', async () => {
    await signUpAs(request('noura@example.com'));
    await expect(signUpAs(request('Noura@Example.com'))).rejects.toMatchObject({
      code: 'conflict',
      fieldProblems: [{ path: 'body.email', message: 'is already registered' }],
    });
  });

  it('stores the password as an argon2id hash, never in clear', async () => {
    await signUpAs(request('noura@example.com'));
    const [row] = await database.query<{ password_hash: string }>('select password_hash from users');
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    expect(row?.password_hash).not.toContain('a long enough password');
  });

  it('turns a second ROOT_OWNER, which only a race can produce, into a 409 rather than a 500', async () => {
    await signUpAs(request('noura@example.com'));
    const racer = {
      id: newId(),
      email: 'omar@example.com',
      passwordHash: 'x',
      displayName: 'Omar',
      isRootOwner: true,
    };
    await expect(inInstallation(database, (tx) => insertUser(tx, racer))).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/owner/),
    });
  });

  it('leaves exactly one ROOT_OWNER when first sign-ups race', async () => {
    const results = await Promise.allSettled(
      ['a', 'b', 'c', 'd'].map((name) => signUpAs(request(`${name}@example.com`))),
    );
    const failures = results.filter((result) => result.status === 'rejected');
    for (const failure of failures) expect(failure.reason).toMatchObject({ code: 'conflict' });
    const owners = await database.query('select id from users where is_root_owner');
    expect(owners).toHaveLength(1);
  });
});
