import type {
  DeploymentLogLine,
  DeploymentStep,
  DeploymentSummary,
  HealthCheck,
} from '../../../contracts/index.js';
import { type Column, formatFields, shortTime } from '../../output.js';

// How the runtime commands show deployments to a person: pure functions, so they are tested alone.

/**
 * Enough of a UUID to tell deployments apart in a list; `--json` has the whole id. The end, not the
 * start: ids are UUIDv7, whose first characters are a timestamp shared by everything made that minute.
 */
export function shortId(id: string): string {
  return id.slice(-8);
}

/** `850 ms`, `12.3 s`, `2 min 5 s`: a step takes from milliseconds (switch) to minutes (build). */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1_000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** One line of deploy progress, for stderr: `… build`, `✓ build  12.3 s`, `✗ build  failed: …`. */
export function formatStep(step: DeploymentStep): string {
  const name = step.step.padEnd(8);
  const took = step.durationMs === undefined ? '' : `  ${formatDuration(step.durationMs)}`;
  const note = step.message ? `  ${step.message}` : '';
  if (step.status === 'started') return `  … ${name}${note}`.trimEnd();
  if (step.status === 'done') return `  ✓ ${name}${took}${note}`.trimEnd();
  return `  ✗ ${name}${took}  failed${step.message ? `: ${step.message}` : ''}`;
}

/** `ok 12 ms`, `failing 503`, `failing (timed out)`; null before the first probe. */
export function formatHealth(health: HealthCheck | null): string | null {
  if (!health) return null;
  const latency = `${Math.round(health.latencyMs)} ms`;
  if (health.ok) return `ok ${latency}`;
  const cause = health.httpStatus === null ? (health.error ?? 'no answer') : `HTTP ${health.httpStatus}`;
  return `failing (${cause}, ${latency})`;
}

export const deploymentColumns: readonly Column<DeploymentSummary>[] = [
  { header: 'deployment', value: (deployment) => shortId(deployment.id) },
  // Whole: the other commands take it (`webnova logs <platformId>`).
  { header: 'platform', value: (deployment) => deployment.platformId },
  { header: 'version', value: (deployment) => `v${deployment.blueprintVersion}` },
  { header: 'target', value: (deployment) => deployment.target },
  { header: 'status', value: (deployment) => deployment.status },
  { header: 'health', value: (deployment) => formatHealth(deployment.health) },
  { header: 'restarts', value: (deployment) => deployment.restarts },
  { header: 'created', value: (deployment) => shortTime(deployment.createdAt) },
  { header: 'url', value: (deployment) => deployment.url },
];

/**
 * `<time> <stream> <text>`, the time in UTC to the second. Lines the app wrote to stderr are marked `!`
 * so they stand out in a long log; `system` lines are the supervisor's own.
 */
export function formatLogLine(line: DeploymentLogLine): string {
  const time = line.at.length >= 19 ? line.at.slice(11, 19) : line.at;
  const stream = line.stream === 'stderr' ? 'stderr!' : line.stream;
  return `${time} ${stream.padEnd(7)} ${line.text}`;
}

/** One deployment as `key: value` lines (stop, restart). */
export function formatDeployment(deployment: DeploymentSummary): string {
  return formatFields([
    ['Deployment', deployment.id],
    ['Platform', deployment.platformId],
    ['Version', `v${deployment.blueprintVersion} (${deployment.target})`],
    ['Status', deployment.status],
    ['Health', formatHealth(deployment.health)],
    ['Restarts', deployment.restarts],
    ['URL', deployment.url],
    ['Reason', deployment.reason],
  ]);
}
