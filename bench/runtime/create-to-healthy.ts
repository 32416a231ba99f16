/**
 * One measured run: describe a platform in English (POST /api/platforms, the offline analyzer), deploy it
 * (POST .../deployments answers once the deployment is live) and poll the preview's /health until it
 * answers 200. The step durations are the deployment's own; `totalMs` is the wall clock of all of it.
 */
import {
  CreatePlatformResponse,
  DeploymentDetail,
  type DeploymentStepName,
} from '../../src/contracts/index.js';
import { eventually, type TestClient } from '../../src/server/testing/index.js';

export const MEASURED_STEPS = ['generate', 'build', 'database', 'start', 'switch'] as const;

export interface CreateRun {
  platformId: string;
  deploymentId: string;
  previewUrl: string;
  entities: string[];
  analyzeMs: number;
  steps: Record<(typeof MEASURED_STEPS)[number], number>;
  /** From the deploy request's answer to the preview's first healthy response. */
  firstHealthMs: number;
  totalMs: number;
  buildCached: boolean;
}

/** The description variant of run `index`: the name differs, so the generated code (and its hash) does. */
export function describePlatform(runTag: string, index: number): string {
  return `A bookshop named Qalam ${runTag} ${index} that tracks books, authors, customers, orders and suppliers`;
}

export async function createToHealthy(client: TestClient, description: string): Promise<CreateRun> {
  const started = performance.now();
  const created = await client.post('/api/platforms', { description });
  if (created.status !== 201) throw new Error(`creating the platform failed: ${created.text}`);
  const analyzed = performance.now();
  const { platform, version } = CreatePlatformResponse.parse(created.body);
  const deployed = await client.post(`/api/platforms/${platform.id}/deployments`, {});
  if (deployed.status !== 201) throw new Error(`deploying failed: ${deployed.text}`);
  const deployment = DeploymentDetail.parse(deployed.body);
  if (deployment.status !== 'live' || !deployment.url) {
    throw new Error(`the deployment is ${deployment.status}: ${deployment.reason ?? 'no reason given'}`);
  }
  const answered = performance.now();
  const healthUrl = new URL('health', deployment.url).href;
  // Looked at often: this wait is part of what is measured.
  await eventually(healthUrl, async () => (await fetch(healthUrl)).status === 200, {
    timeoutMs: 60_000,
    intervalMs: 20,
  });
  const healthy = performance.now();

  const durationOf = (name: DeploymentStepName) =>
    deployment.steps.find((step) => step.step === name && step.status === 'done')?.durationMs ?? NaN;
  const build = deployment.steps.find((step) => step.step === 'build' && step.status === 'done');
  return {
    platformId: platform.id,
    deploymentId: deployment.id,
    previewUrl: deployment.url,
    entities: version.blueprint.entities.map((entity) => entity.name),
    analyzeMs: analyzed - started,
    steps: Object.fromEntries(MEASURED_STEPS.map((name) => [name, durationOf(name)])) as CreateRun['steps'],
    firstHealthMs: healthy - answered,
    totalMs: healthy - started,
    // The runtime says so in the build step when it reused a build of the same content hash.
    buildCached: build?.message?.includes('reused') ?? false,
  };
}

export async function stopDeployment(client: TestClient, platformId: string, deploymentId: string) {
  const stopped = await client.post(`/api/platforms/${platformId}/deployments/${deploymentId}/stop`, {});
  if (stopped.status !== 200) throw new Error(`stopping the deployment failed: ${stopped.text}`);
}

export async function restartDeployment(client: TestClient, platformId: string, deploymentId: string) {
  const restarted = await client.post(`/api/platforms/${platformId}/deployments/${deploymentId}/restart`, {});
  if (restarted.status !== 200) throw new Error(`restarting the deployment failed: ${restarted.text}`);
}
