import type { DeploymentStatus, DeploymentSummary } from '../../../../contracts/index.js';

const SERVING: readonly DeploymentStatus[] = ['live', 'restarting'];
const ON_THE_WAY: readonly DeploymentStatus[] = ['building', 'starting'];

export const isServing = (deployment: DeploymentSummary) =>
  SERVING.includes(deployment.status) && deployment.url !== null;
export const isOnTheWay = (deployment: DeploymentSummary) => ON_THE_WAY.includes(deployment.status);

/**
 * From a platform's deployments (newest first): the one serving the preview, and the newest local one,
 * which tells what happened last (building, failed, stopped…).
 */
export function pickDeployments(deployments: readonly DeploymentSummary[]) {
  const local = deployments.filter((deployment) => deployment.target === 'local');
  const serving = local.find(isServing) ?? null;
  const newest = local[0] ?? null;
  // A newer version building beside the serving one (blue/green) is worth a note above the preview.
  const upcoming = newest && serving && newest.id !== serving.id && isOnTheWay(newest) ? newest : null;
  return { serving, newest, upcoming };
}
