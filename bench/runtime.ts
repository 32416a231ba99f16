/**
 * `npm run bench:runtime`: how long a platform described in English takes from `create` to its first healthy
 * answer (offline analyzer, embedded PGlite, cold builds), split by deployment step; then the generated
 * platform's requests per second on a list endpoint beside a hand-written Express baseline on the same
 * database, measured in the same run. Prints one JSON document. Targets, reported and not asserted: create
 * to healthy under 5 s (median), generated/baseline throughput at least 0.8.
 */
import { availableParallelism, loadavg } from 'node:os';
import {
  createToHealthy,
  describePlatform,
  MEASURED_STEPS,
  stopDeployment,
  type CreateRun,
} from './runtime/create-to-healthy.js';
import { round, spread } from './runtime/stats.js';
import { measureThroughput } from './runtime/throughput.js';
import { startWebNovaHost } from './runtime/webnova-host.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 5_000;
const settings = {
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  seconds: Number(process.env.BENCH_SECONDS ?? 5),
  warmUpSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 2),
  concurrency: Number(process.env.BENCH_CONCURRENCY ?? 16),
  seedRows: Number(process.env.BENCH_SEED_ROWS ?? 50),
};

const loadAtStart = loadavg().map((value) => round(value, 2));
const host = await startWebNovaHost();
try {
  // A tag of this run in every description, so no build of an earlier bench run can be reused either.
  const runTag = Date.now().toString(36);
  const runs: CreateRun[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const run = await createToHealthy(host.client, describePlatform(runTag, index + 1));
    runs.push(run);
    // The last platform stays up for the throughput part; the others give their deployment quota back.
    if (index < RUNS - 1) await stopDeployment(host.client, run.platformId, run.deploymentId);
  }
  const last = runs.at(-1);
  if (!last) throw new Error('BENCH_RUNS must be at least 1');
  const cold = runs.filter((run) => !run.buildCached);
  const measured = cold.length > 0 ? cold : runs;
  const totals = spread(measured.map((run) => run.totalMs));
  const createToHealthyResult = {
    description: describePlatform(runTag, 1),
    entities: last.entities,
    runs: measured.length,
    cachedBuildsLeftOut: runs.length - cold.length,
    totalMs: totals,
    analyzeMs: spread(measured.map((run) => run.analyzeMs)),
    steps: Object.fromEntries(
      MEASURED_STEPS.map((name) => [name, spread(measured.map((run) => run.steps[name]))]),
    ),
    firstHealthAfterLiveMs: spread(measured.map((run) => run.firstHealthMs)),
    perRun: runs.map((run) => ({
      totalMs: round(run.totalMs),
      analyzeMs: round(run.analyzeMs),
      ...Object.fromEntries(MEASURED_STEPS.map((name) => [`${name}Ms`, round(run.steps[name])])),
      buildCached: run.buildCached,
      entities: run.entities.length,
    })),
    targetMs: TARGET_MS,
    metTarget: totals.median < TARGET_MS,
  };

  const throughput = await measureThroughput(
    host.client,
    { ...last, databaseDir: host.platformDatabaseDir(last.platformId) },
    settings,
  );

  const result = {
    bench: 'runtime',
    createToHealthy: createToHealthyResult,
    throughput,
    machine: {
      node: process.version,
      cores: availableParallelism(),
      loadAtStart,
      loadAtEnd: loadavg().map((value) => round(value, 2)),
      webnovaDatabase: host.server.database.kind,
    },
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await host.close();
}
