/**
 * Requests per second on GET /api/books: the generated platform straight on its own port and through the
 * preview proxy, beside the hand-written baseline on the same PGlite directory. PGlite lets one process open
 * a directory at a time, so each round runs the platform (restarted through WebNova), stops it, then runs
 * the baseline on the same files: rounds alternate, so a burst of load elsewhere hits both sides alike.
 */
import type { TestClient } from '../../src/server/testing/index.js';
import { startBaseline } from './baseline-process.js';
import { restartDeployment, stopDeployment } from './create-to-healthy.js';
import { runLoad, type LoadResult } from './load.js';
import { adminToken, directUrl, seedBooks } from './platform-api.js';
import { median, round } from './stats.js';

export interface ThroughputSettings {
  rounds: number;
  seconds: number;
  warmUpSeconds: number;
  concurrency: number;
  seedRows: number;
}

export interface Deployed {
  platformId: string;
  deploymentId: string;
  previewUrl: string;
  databaseDir: string;
}

const LIST_PATH = 'api/books';

export async function measureThroughput(
  client: TestClient,
  deployed: Deployed,
  settings: ThroughputSettings,
) {
  const { platformId, deploymentId, previewUrl } = deployed;
  const token = await adminToken(client, platformId, previewUrl);
  await seedBooks(previewUrl, token, settings.seedRows);
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  const measure = async (base: string): Promise<LoadResult> => {
    const target = { url: new URL(LIST_PATH, base).href, headers };
    await runLoad(target, settings.concurrency, settings.warmUpSeconds);
    return runLoad(target, settings.concurrency, settings.seconds);
  };

  const generated: LoadResult[] = [];
  const viaPreview: LoadResult[] = [];
  const baseline: LoadResult[] = [];
  for (let round_ = 0; round_ < settings.rounds; round_ += 1) {
    if (round_ > 0) await restartDeployment(client, platformId, deploymentId);
    generated.push(await measure(await directUrl(client, platformId, deploymentId)));
    viaPreview.push(await measure(previewUrl));
    await stopDeployment(client, platformId, deploymentId);

    const server = await startBaseline(deployed.databaseDir, 'books');
    try {
      baseline.push(await measure(`${server.url}/`));
    } finally {
      await server.stop();
    }
  }

  const rates = (results: LoadResult[]) => results.map((result) => round(result.rps));
  const errors = (results: LoadResult[]) => results.reduce((total, result) => total + result.errors, 0);
  const generatedRps = median(generated.map((result) => result.rps));
  const baselineRps = median(baseline.map((result) => result.rps));
  const viaPreviewRps = median(viaPreview.map((result) => result.rps));
  const ratio = generatedRps / baselineRps;
  return {
    endpoint: `GET /${LIST_PATH} (first page of 20, ${settings.seedRows} rows, admin Bearer token)`,
    database: 'pglite (the platform stops while the baseline opens the same directory)',
    concurrency: settings.concurrency,
    secondsPerRound: settings.seconds,
    warmUpSeconds: settings.warmUpSeconds,
    rounds: settings.rounds,
    generatedRps: round(generatedRps),
    baselineRps: round(baselineRps),
    ratio: round(ratio, 2),
    target: 0.8,
    metTarget: ratio >= 0.8,
    viaPreviewRps: round(viaPreviewRps),
    previewOverhead: round(1 - viaPreviewRps / generatedRps, 2),
    perRound: { generated: rates(generated), baseline: rates(baseline), viaPreview: rates(viaPreview) },
    errors: { generated: errors(generated), baseline: errors(baseline), viaPreview: errors(viaPreview) },
    baseline:
      'Express 5 + PGlite on the same directory, same SQL (Bearer token hash joined to users, page of 20 by ' +
      'created_at desc, id asc, count); no ORM, query validation, permission check or field masking',
  };
}
