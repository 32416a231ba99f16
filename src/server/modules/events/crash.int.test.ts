import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../../db/index.js';
import { createEventsModule } from './index.js';
import { cartRegistry, eventually, tenantA } from './test-fixtures.js';

// PGlite is in-process: a child cannot share its in-memory database, so the crash is run on PostgreSQL.
const kinds = testDatabaseKinds().filter((kind) => kind === 'postgres');

describe.runIf(kinds.length)('crash safety (postgres)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await database.query('create table test_effects (event_id uuid primary key, n int not null default 1)');
    await database.query('grant select, insert, update on test_effects to webnova_app');
  });
  afterAll(() => database.drop());

  it('keeps every acknowledged append of a SIGKILLed writer, and a restarted subscriber applies each event once', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('./crash-child.ts', import.meta.url)),
        database.url!,
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
