import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabaseKinds } from '../../db/index.js';
import { signUpPerson, startTestServer, type SignedUp, type TestServer } from '../../testing/index.js';
import { createPlatform } from '../generations/generation-test-support.js';
import { environmentOf, latestPidOf } from './runtime-process-test-support.js';
import { deployPlatform, FAST_POLICY } from './runtime-test-support.js';

interface Tenant {
  person: SignedUp;
  platformId: string;
  env: Record<string, string>;
}

// Put where WebNova's process can see them: a platform must not inherit them.
const WEBNOVA_SECRETS = { ANTHROPIC_API_KEY: 'sk-ant-isolation-canary', WEBNOVA_ISOLATION_CANARY: 'canary' };

async function deployedTenant(server: TestServer, name: string): Promise<Tenant> {
  const person = await signUpPerson(server, name);
  const platformId = (await createPlatform(person)).id;
  const deployment = await deployPlatform(person, platformId);
  expect(deployment.status, deployment.reason ?? '').toBe('live');
  const env = await environmentOf(await latestPidOf(person, platformId, deployment.id));
  return { person, platformId, env };
}

async function connectAndSelect(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('select 1 as one')).rows[0]?.one ?? 0;
  } finally {
    await client.end();
  }
}

/** A platform's own database URL (its role, its password) aimed at another platform's database. */
function withDatabaseOf(own: string, other: string): string {
  const url = new URL(own);
  url.pathname = new URL(other).pathname;
  return url.toString();
}

const isInside = (dir: string, parent: string) => !path.relative(parent, dir).startsWith('..');

describe.each(testDatabaseKinds())('platforms of two tenants (%s)', (kind) => {
  let server: TestServer;
  let a: Tenant;
  let b: Tenant;

  beforeAll(async () => {
    for (const [name, value] of Object.entries(WEBNOVA_SECRETS)) vi.stubEnv(name, value);
    server = await startTestServer(kind, {}, undefined, { runtime: { policy: FAST_POLICY } });
    a = await deployedTenant(server, 'tenant-a');
    b = await deployedTenant(server, 'tenant-b');
  }, 300_000);
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server?.stop();
  }, 60_000);

  it("gives each platform process its own database and nothing of WebNova's environment", () => {
    for (const { env } of [a, b]) {
      const names = Object.keys(env);
      expect(names.filter((name) => name.startsWith('WEBNOVA_'))).toEqual([]);
      expect(names.filter((name) => name.startsWith('ANTHROPIC_'))).toEqual([]);
      expect(names).not.toContain('TEST_DATABASE_URL');
      expect(Object.values(env)).not.toContain(WEBNOVA_SECRETS.ANTHROPIC_API_KEY);
      if (kind === 'postgres') {
        expect(env.DATABASE_URL).toEqual(expect.any(String));
        expect(env.DATABASE_URL).not.toBe(server.database.url);
        expect(env.DATABASE_URL).not.toBe(process.env.TEST_DATABASE_URL);
        expect(new URL(env.DATABASE_URL ?? '').username).not.toBe(
          new URL(process.env.TEST_DATABASE_URL ?? '').username,
        );
      } else {
        expect(env.DATA_DIR).toEqual(expect.any(String));
        expect(env.DATABASE_URL).toBeUndefined();
      }
    }
    const key = kind === 'postgres' ? 'DATABASE_URL' : 'DATA_DIR';
    expect(a.env[key]).not.toBe(b.env[key]);
  });

  it.runIf(kind === 'postgres')("refuses each platform's role the other platform's database", async () => {
    const urlOfA = a.env.DATABASE_URL ?? '';
    const urlOfB = b.env.DATABASE_URL ?? '';
    expect(await connectAndSelect(urlOfA)).toBe(1);
    expect(await connectAndSelect(urlOfB)).toBe(1);
    await expect(connectAndSelect(withDatabaseOf(urlOfA, urlOfB))).rejects.toMatchObject({
      code: '42501',
      message: expect.stringContaining('permission denied') as unknown,
    });
    await expect(connectAndSelect(withDatabaseOf(urlOfB, urlOfA))).rejects.toMatchObject({
      code: '42501',
    });
  });

  it.runIf(kind === 'pglite')('keeps the two embedded databases in separate directories', () => {
    const dirOfA = path.resolve(a.env.DATA_DIR ?? '');
    const dirOfB = path.resolve(b.env.DATA_DIR ?? '');
    expect(path.isAbsolute(a.env.DATA_DIR ?? '')).toBe(true);
    expect(dirOfA).not.toBe(dirOfB);
    expect(isInside(dirOfA, dirOfB)).toBe(false);
    expect(isInside(dirOfB, dirOfA)).toBe(false);
  });
});
