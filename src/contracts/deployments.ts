/**
 * Deployments: a generated platform version running as a supervised service (target `local`), or packaged
 * for Docker or Kubernetes. A platform has at most one serving local deployment; its preview URL stays the
 * same across redeploys and rollbacks.
 * @module
 */
import { z } from 'zod';
import { DeploymentTarget } from './blueprint.js';
import { Id, Timestamp } from './common.js';
import { PlatformParams, RequestedVersion, VersionAuthor } from './platforms.js';

// The targets are the Blueprint's own (`deployment.targets`): local, docker, kubernetes.
export type DeploymentTargetName = z.infer<typeof DeploymentTarget>;

/**
 * - `building`, `starting`: on the way to its first passing health check.
 * - `live`: serving the preview. `restarting`: it crashed and waits out its backoff before the next start.
 * - `crash_looping`: it crashed too often in a short window; no more restarts until someone acts.
 * - `failed`: it never became healthy (build, database, start or health check failed); `reason` says why.
 * - `stopped`: stopped by a person. `superseded`: replaced by a newer deployment of the same platform.
 * - `packaged`: a Docker or Kubernetes deployment whose files were written (and built or applied when the
 *   engine or cluster was reachable; `message` says which).
 */
export const DEPLOYMENT_STATUSES = [
  'building',
  'starting',
  'live',
  'restarting',
  'crash_looping',
  'failed',
  'stopped',
  'superseded',
  'packaged',
] as const;
export const DeploymentStatus = z.enum(DEPLOYMENT_STATUSES);
export type DeploymentStatus = z.infer<typeof DeploymentStatus>;

/** Statuses in which a deployment holds a process (or is about to) and counts against the quota. */
export const ACTIVE_DEPLOYMENT_STATUSES: readonly DeploymentStatus[] = [
  'building',
  'starting',
  'live',
  'restarting',
];

export const DeploymentParams = PlatformParams.extend({ deploymentId: Id });

export const DeployRequest = z.strictObject({
  /** The Blueprint version to deploy; the platform's current version when left out. */
  version: RequestedVersion.optional(),
  target: DeploymentTarget.default('local'),
});
export type DeployRequest = z.input<typeof DeployRequest>;

/** One health probe of a running deployment (`GET /health` on its own port). */
export const HealthCheck = z.object({
  at: Timestamp,
  ok: z.boolean(),
  /** The HTTP status, or null when no answer came (refused, timed out). */
  httpStatus: z.number().int().nullable(),
  latencyMs: z.number().min(0),
  error: z.string().optional(),
});
export type HealthCheck = z.infer<typeof HealthCheck>;

export const DEPLOYMENT_STEPS = [
  'generate',
  'build',
  'database',
  'start',
  'switch',
  'drain',
  'package',
] as const;
export const DeploymentStepName = z.enum(DEPLOYMENT_STEPS);
export type DeploymentStepName = z.infer<typeof DeploymentStepName>;

/** Progress of one step, streamed as `step` events while a deployment is made, and kept on the detail. */
export const DeploymentStep = z.object({
  step: DeploymentStepName,
  status: z.enum(['started', 'done', 'failed']),
  durationMs: z.number().min(0).optional(),
  message: z.string().optional(),
});
export type DeploymentStep = z.infer<typeof DeploymentStep>;

export const DeploymentSummary = z.object({
  id: Id,
  platformId: Id,
  generationId: Id,
  blueprintVersion: z.number().int(),
  target: DeploymentTarget,
  status: DeploymentStatus,
  /** The absolute preview URL (local target), on an origin of its own; null for other targets. */
  url: z.string().nullable(),
  /** The latest health probe; null before the first one. */
  health: HealthCheck.nullable(),
  /** Restarts after crashes since it went live. */
  restarts: z.number().int(),
  /** Why it failed, crash-loops or was stopped; null otherwise. */
  reason: z.string().nullable(),
  /** What the Docker or Kubernetes target did, or could not do and why. */
  message: z.string().nullable(),
  /** The deployment this one replaced (blue/green), or rolled back from. */
  previousDeploymentId: Id.nullable(),
  /** Set when this deployment is a rollback: the deployment whose version it brought back. */
  rollbackOf: Id.nullable(),
  createdBy: VersionAuthor,
  createdAt: Timestamp,
  liveAt: Timestamp.nullable(),
  endedAt: Timestamp.nullable(),
});
export type DeploymentSummary = z.infer<typeof DeploymentSummary>;

export const DeploymentDetail = DeploymentSummary.extend({
  /** The most recent health probes, oldest first (kept in memory: they start afresh when WebNova restarts). */
  healthHistory: z.array(HealthCheck),
  /** The steps of making this deployment, in order. */
  steps: z.array(DeploymentStep),
  /** Where the target's files were written (Docker, Kubernetes), relative to nothing: an absolute path. */
  artifactsDir: z.string().nullable(),
});
export type DeploymentDetail = z.infer<typeof DeploymentDetail>;

export const LOG_STREAMS = ['stdout', 'stderr', 'system'] as const;
export const DeploymentLogLine = z.object({
  /** Increases by one per line of a deployment: a follower resumes after the last one it saw. */
  seq: z.number().int().min(0),
  at: Timestamp,
  /** `system` lines are the supervisor's own (started, crashed, restarting in 2 s…). */
  stream: z.enum(LOG_STREAMS),
  text: z.string(),
});
export type DeploymentLogLine = z.infer<typeof DeploymentLogLine>;

export const DeploymentLogsQuery = z.strictObject({
  /** How many of the latest lines to return first. */
  tail: z.coerce
    .number({ error: 'must be a number of lines such as 200' })
    .int()
    .min(0)
    .max(5_000, { error: 'must be at most 5000: the buffer keeps the latest lines; older ones are on disk' })
    .default(200),
  /** Only lines containing this text (case-insensitive). */
  search: z.string().min(1).max(200).optional(),
});

export const DeploymentLogs = z.object({ lines: z.array(DeploymentLogLine) });

/** The first administrator of a platform: generated by WebNova at its first deployment, stored encrypted. */
export const PlatformAdminCredentials = z.object({ email: z.string(), password: z.string() });
export type PlatformAdminCredentials = z.infer<typeof PlatformAdminCredentials>;
