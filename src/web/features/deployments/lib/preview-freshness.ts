import type { DeploymentSummary } from '../../../../contracts/index.js';
import { isOnTheWay } from './pick-deployments.js';

/** The platform's newest Blueprint version, and when it was made. */
export interface LatestVersion {
  version: number;
  createdAt: string;
}

/**
 * Whether the preview shows the newest Blueprint version:
 * - `current`: it does, or there is nothing to compare (no preview, versions not loaded yet);
 * - `follow`: a newer version was made after the last deployment was asked for, so nobody has decided
 *   anything about it yet: the preview deploys it by itself;
 * - `behind`: a newer version exists but a person acted after it was made (rolled back, or its
 *   deployment failed): the preview offers to update and does not retry on its own.
 * A deployment already on its way counts as `current`: the preview says so and switches when it is live.
 */
export type PreviewFreshness =
  | { kind: 'current' }
  | { kind: 'follow'; version: number }
  | { kind: 'behind'; version: number; failed: DeploymentSummary | null };

export function previewFreshness(
  serving: DeploymentSummary | null,
  newest: DeploymentSummary | null,
  latest: LatestVersion | null,
): PreviewFreshness {
  if (!serving || !newest || !latest) return { kind: 'current' };
  if (serving.blueprintVersion >= latest.version || isOnTheWay(newest)) return { kind: 'current' };
  // Both times come from WebNova's clock, so their order is the order things happened in.
  if (Date.parse(latest.createdAt) > Date.parse(newest.createdAt)) {
    return { kind: 'follow', version: latest.version };
  }
  const attemptFailed = newest.status === 'failed' || newest.status === 'crash_looping';
  const failed = attemptFailed && newest.blueprintVersion === latest.version ? newest : null;
  return { kind: 'behind', version: latest.version, failed };
}
