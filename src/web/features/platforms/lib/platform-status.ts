import type { Domain, DeploymentSummary, PlatformSummary } from '../../../../contracts/index.js';

/** How a platform's latest deployment is doing, in the few states a person filters by. */
export const RUN_STATES = ['live', 'in_progress', 'failing', 'not_running'] as const;
export type RunState = (typeof RUN_STATES)[number];

export function runStateOf(deployment: DeploymentSummary | undefined): RunState {
  switch (deployment?.status) {
    case 'live':
    case 'packaged':
      return 'live';
    case 'building':
    case 'starting':
    case 'restarting':
      return 'in_progress';
    case 'failed':
    case 'crash_looping':
      return 'failing';
    default:
      return 'not_running';
  }
}

/** The deployments list comes newest first: the first one seen for a platform is its latest. */
export function latestDeploymentByPlatform(
  deployments: DeploymentSummary[],
): ReadonlyMap<string, DeploymentSummary> {
  const latest = new Map<string, DeploymentSummary>();
  for (const deployment of deployments) {
    // A superseded deployment was replaced by a newer one of the same platform, which comes first.
    if (!latest.has(deployment.platformId)) latest.set(deployment.platformId, deployment);
  }
  return latest;
}

export interface PlatformFilter {
  domain: Domain | 'all';
  state: RunState | 'all';
}

export function filterPlatforms(
  platforms: PlatformSummary[],
  deployments: ReadonlyMap<string, DeploymentSummary>,
  filter: PlatformFilter,
): PlatformSummary[] {
  return platforms.filter(
    (platform) =>
      (filter.domain === 'all' || platform.domain === filter.domain) &&
      (filter.state === 'all' || runStateOf(deployments.get(platform.id)) === filter.state),
  );
}
