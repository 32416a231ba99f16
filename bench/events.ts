/**
 * `npm run bench:events`: the event store's throughput and lag, beside the database's own ceiling measured
 * in the same run (plain INSERTs into a table of the same shape, without the store's checks). Runs on
 * DATABASE_URL (PostgreSQL) or on in-memory PGlite, and prints one JSON document.
 */
import { availableParallelism, loadavg } from 'node:os';
import { migrateDatabase, openDatabase, withTenant } from '../src/server/db/index.js';
import {
  createEventsModule,
  EventRegistry,
  readAll,
  START,
  type StoredEvent,
} from '../src/server/modules/events/index.js';

const tenantId = '0190f5d2-7c1e-7a3b-9f10-0000000b0001';
// The lag run has a tenant of its own, so the subscription does not first catch up on the throughput runs.
const lagTenantId = '0190f5d2-7c1e-7a3b-9f10-0000000b0002';
const databaseUrl = process.env.DATABASE_URL;
const seconds = Number(process.env.BENCH_SECONDS ?? (databaseUrl ? 4 : 2));
// Each rate is the best of this many runs, the store's and the plain INSERTs' taken alternately, so that a
// burst of load from elsewhere on the machine does not decide a ratio.
const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const database = await openDatabase({ databaseUrl, poolSize: 12 });
await migrateDatabase(database);
const runId = Date.now().toString(36);
await database.query('drop table if exists bench_plain');
await database.query(
  'create table bench_plain (like events including defaults including identity including indexes)',
);

const lagSamples: number[] = [];
const events = createEventsModule({
  database,
  registry: new EventRegistry(),
  pollMs: 1_000,
  subscriptions: [
    {
      name: 'bench-lag',
      types: ['BenchLag'],
      handle: (_tx, event: StoredEvent) => {
        lagSamples.push(Date.now() - Number((event.metadata as { sentAt: number }).sentAt));
        return Promise.resolve();
      },
    },
  ],
});
const store = events.store;
const data = { sku: 'bench-item', quantity: 1, note: 'a small payload like most domain events' };

/** Runs `work` on `writers` concurrent loops for the bench duration; returns operations per second. */
async function rate(writers: number, work: (writer: number, n: number) => Promise<void>): Promise<number> {
  const deadline = Date.now() + seconds * 1000;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let n = 0; Date.now() < deadline; n += 1) {
        await work(writer, n);
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

const plainRow = (writer: number, n: number, tag: string) =>
  `('${tenantId}', '${tag}-${runId}-${writer}', ${n + 1}, gen_random_uuid(), 'Bench', 1, '${JSON.stringify(data)}', '{}')`;
const plainInsert = async (rows: string[]): Promise<void> => {
  await database.query(
    `insert into bench_plain (tenant_id, stream_id, stream_version, event_id, type, schema_version, data, metadata) values ${rows.join(',')}`,
  );
};
const batch = Array.from({ length: 100 }, () => ({ type: 'Bench', data }));

/** The best rate of `repeats` runs each of the plain INSERTs and the store, alternating between them. */
async function bestOf(
  plainRun: (rep: number) => Promise<number>,
  storeRun: (rep: number) => Promise<number>,
): Promise<{ plain: number; store: number }> {
  let plain = 0;
  let store_ = 0;
  for (let rep = 0; rep < repeats; rep += 1) {
    plain = Math.max(plain, await plainRun(rep));
    store_ = Math.max(store_, await storeRun(rep));
  }
  return { plain, store: store_ };
}

async function single(writers: number) {
  const { plain, store: store_ } = await bestOf(
    (rep) => rate(writers, (writer, n) => plainInsert([plainRow(writer, n, `single${writers}-${rep}`)])),
    (rep) =>
      rate(writers, async (writer, n) => {
        const streamId = `single${writers}-${rep}-${runId}-${writer}-${n % 50}`;
        await store.append(tenantId, streamId, [{ type: 'Bench', data }], { allowUnregistered: true });
      }),
  );
  return { plainInsertsPerSec: round(plain), appendsPerSec: round(store_), ratio: round(store_ / plain, 2) };
}

async function batches(writers: number) {
  const { plain, store: store_ } = await bestOf(
    (rep) =>
      rate(writers, (writer, n) =>
        plainInsert(
          Array.from({ length: 100 }, (_, i) => plainRow(writer, n * 100 + i, `batch${writers}-${rep}`)),
        ),
      ),
    (rep) =>
      rate(writers, async (writer, n) => {
        await store.append(tenantId, `batch-${rep}-${runId}-${writer}-${n}`, batch, {
          allowUnregistered: true,
        });
      }),
  );
  return {
    plainRowsPerSec: round(plain * 100),
    eventsPerSec: round(store_ * 100),
    ratio: round(store_ / plain, 2),
  };
}

async function readAllThroughput() {
  const started = performance.now();
  let count = 0;
  for (let after = START; ;) {
    const page = await withTenant(database.db, { tenantId }, (tx) =>
      readAll(tx, events.registry, tenantId, after, 1000),
    );
    count += page.events.length;
    if (page.events.length < 1000) break;
    const last = page.events.at(-1)!;
    after = { txId: last.txId, position: last.globalPosition };
  }
  return { events: count, eventsPerSec: round(count / ((performance.now() - started) / 1000)) };
}

/** A steady 1,000 events per second from 8 writers; lag is from before the append to the handler. */
async function subscriptionLag() {
  await events.start();
  await new Promise((resolve) => setTimeout(resolve, 300));
  lagSamples.length = 0;
  const perSecond = 1000;
  const total = perSecond * seconds;
  const started = Date.now();
  let sent = 0;
  await Promise.all(
    Array.from({ length: 8 }, async (_, writer) => {
      for (;;) {
        const n = sent++;
        if (n >= total) return;
        const due = started + (n * 1000) / perSecond;
        if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
        await store.append(
          lagTenantId,
          `lag-${runId}-${writer}`,
          [{ type: 'BenchLag', data, metadata: { sentAt: Date.now() } }],
          {
            allowUnregistered: true,
          },
        );
      }
    }),
  );
  const waitUntil = Date.now() + 10_000;
  while (lagSamples.length < total && Date.now() < waitUntil)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await events.stop();
  const sorted = [...lagSamples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? null;
  return {
    targetPerSec: perSecond,
    delivered: sorted.length,
    sent: total,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: sorted.at(-1) ?? null,
  };
}

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

const loadAtStart = loadavg().map((value) => round(value, 2));
const singleEventAppends = { writers1: await single(1), writers8: await single(8) };
const batchAppends100 = { writers4: await batches(4) };
// The writes above added hundreds of thousands of rows. Autovacuum would soon analyze them; the CI server
// runs with autovacuum off, and with no statistics the planner reads a big page of readAll by sorting all
// of the tenant's events instead of walking events_cursor_idx.
await database.query('analyze events');
const result = {
  database: database.kind,
  secondsPerMeasurement: seconds,
  bestOfRuns: repeats,
  singleEventAppends,
  batchAppends100,
  readAll: await readAllThroughput(),
  subscriptionLag: await subscriptionLag(),
  targets: { singleAt8WritersRatio: 0.6, batchRatio: 0.5, lagP99Ms: 100 },
  // Other work on the machine moves every figure: the 1, 5 and 15 minute load averages, and the cores.
  machine: {
    cores: availableParallelism(),
    loadAtStart,
    loadAtEnd: loadavg().map((value) => round(value, 2)),
  },
};
await database.query('drop table if exists bench_plain');
await database.close();
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
