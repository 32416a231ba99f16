import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  migrateDatabase,
  openDatabase,
  testDatabaseKinds,
  type Database,
  type DatabaseKind,
  type TestDatabase,
} from '../../db/index.js';
import { createEventsModule } from './index.js';
import { cartRegistry, eventually, tenantA } from './test-fixtures.js';

/**
 * The database a child process can write to: a PostgreSQL test database, or a PGlite data directory that
 * the child owns while it runs and the test opens once the child is dead (one process per directory).
 */
async function crashDatabase(kind: DatabaseKind) {
  if (kind === 'postgres') {
    const database = await createTestDatabase('postgres');
    return {
      childTarget: database.url!,
      open: () => Promise.resolve(database),
      cleanup: () => database.drop(),
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'webnova-crash-'));
  const setup = await openDatabase({ dataDir: dir });
  await migrateDatabase(setup);
  await setup.close();
  let opened: Database | undefined;
  return {
    childTarget: `pglite:${dir}`,
    open: async () => (opened = await openDatabase({ dataDir: dir })),
    cleanup: async () => {
      await opened?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe.each(testDatabaseKinds())('crash safety (%s)', (kind) => {
  let target: Awaited<ReturnType<typeof crashDatabase>>;
  let database: Database;

  beforeAll(async () => {
    target = await crashDatabase(kind);
  });
  afterAll(() => target.cleanup());

  it('keeps every acknowledged append of a SIGKILLed writer, and a restarted subscriber applies each event once', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('./crash-child.ts', import.meta.url)),
        target.childTarget,
        tenantA,
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const acked: string[] = [];
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
    });
    await eventually(() => acked.length >= 150, 60_000);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    database = await target.open();
    await database.query('create table test_effects (event_id uuid primary key, n int not null default 1)');
    await database.query('grant select, insert, update on test_effects to webnova_app');

    const stored = new Set(
      (await database.query<{ event_id: string }>('select event_id from events')).map((row) => row.event_id),
    );
    expect(acked.filter((id) => !stored.has(id))).toEqual([]);

    // A subscriber that is stopped halfway and restarted from its checkpoint applies each event once.
    const subscription = {
      name: 'crash-effects',
      partitions: 2,
      batchSize: 10,
      handle: async (
        tx: Parameters<Parameters<TestDatabase['db']['transaction']>[0]>[0],
        event: { eventId: string },
      ) => {
        await tx.execute(sql`insert into test_effects (event_id) values (${event.eventId})
                               on conflict (event_id) do update set n = test_effects.n + 1`);
      },
    };
    const count = async () =>
      Number((await database.query<{ n: string }>('select count(*) as n from test_effects'))[0]!.n);
    const first = createEventsModule({
      database,
      registry: cartRegistry(),
      subscriptions: [subscription],
      pollMs: 50,
      consumerId: 'first',
    });
    await first.start();
    await eventually(async () => (await count()) > 0);
    await first.stop();
    const restarted = createEventsModule({
      database,
      registry: cartRegistry(),
      subscriptions: [subscription],
      pollMs: 50,
      consumerId: 'again',
    });
    await restarted.start();
    await eventually(async () => (await count()) === stored.size);
    await restarted.stop();
    const counts = await database.query<{ n: number }>('select n from test_effects');
    expect(counts.every((row) => row.n === 1)).toBe(true);
    expect(counts).toHaveLength(stored.size);
  });
});
