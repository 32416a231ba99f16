import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CreateOwnerRequest } from '../../../contracts/index.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../../db/index.js';
import { createOwner } from './create-owner.js';
import { credentialHash } from './credentials.js';
import {
  identityDeps,
  inInstallation,
  LOCAL,
  REMOTE,
  removeAllUsers,
  SETUP_TOKEN,
} from './identity-test-support.js';
import { prepareSetupToken } from './prepare-setup-token.js';

const request = (extra: { setupToken?: string } = {}) =>
  CreateOwnerRequest.parse({ email: 'owner@bank.example', password: 'a long enough password', ...extra });

/** A pino logger whose lines land in `lines`, to see what the operator would read. */
function capturingLog() {
  const lines: { level: number; msg: string; setupToken?: string }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as (typeof lines)[number]);
      done();
    },
  });
  return { log: pino({ level: 'info' }, sink), lines };
}

describe.each(testDatabaseKinds())('creating the owner (%s)', (kind) => {
  let database: TestDatabase;
  let setup: ReturnType<typeof identityDeps>;
  const create = (body: ReturnType<typeof request>, client = LOCAL) =>
    inInstallation(database, (tx) => createOwner(tx, setup.deps, body, client));

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  beforeEach(async () => {
    await removeAllUsers(database);
    setup = identityDeps(database);
  });
  afterAll(() => database.drop());

  it('creates the ROOT_OWNER with a first tenant and a working API token stored only as a hash', async () => {
    const created = await create(request());
    expect(created.user).toMatchObject({
      email: 'owner@bank.example',
      displayName: 'owner',
      isRootOwner: true,
    });
    expect(created.tenant.name).toBe("owner's organization");
    expect(created.token).toMatch(/^wn_/);
    const rows = await database.query<{ token_hash: string }>('select token_hash from api_tokens');
    expect(rows).toEqual([{ token_hash: credentialHash(created.token) }]);
  });

  it('refuses a second owner with 409', async () => {
    await create(request());
    await expect(
      create(CreateOwnerRequest.parse({ email: 'other@bank.example', password: 'another long password' })),
    ).rejects.toMatchObject({ code: 'conflict', message: 'This installation already has an owner' });
  });

  it('needs the setup token from another machine, and explains both ways in', async () => {
    await expect(create(request(), REMOTE)).rejects.toMatchObject({
      code: 'forbidden',
      hint: expect.stringMatching(/webnova owner create.*--setup-token/s),
    });
    expect((await create(request({ setupToken: SETUP_TOKEN }), REMOTE)).user.isRootOwner).toBe(true);
  });

  it('prints the setup token once while there is no owner, and none afterwards', async () => {
    const before = capturingLog();
    const token = await prepareSetupToken(setup.deps, before.log);
    expect(token).toEqual(expect.any(String));
    expect(setup.deps.setupToken.current()).toBe(token);
    const warnings = before.lines.filter((line) => line.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toContain(`--setup-token ${token}`);

    await create(request());
    const after = capturingLog();
    expect(await prepareSetupToken(setup.deps, after.log)).toBeNull();
    expect(after.lines).toEqual([]);
  });

  it('uses the configured setup token when there is one', async () => {
    const configured = 'configured-setup-token-0123456789';
    const deps = { ...setup.deps, config: { ...setup.deps.config, setupToken: configured } };
    expect(await prepareSetupToken(deps, capturingLog().log)).toBe(configured);
  });
});
