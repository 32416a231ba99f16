import { z } from 'zod';
import { BlueprintVersionNumber, DeploymentTarget, Id, VersionAuthor } from '../../../contracts/index.js';
import { defineEvent, type EventContract, type NewEvent } from '../events/index.js';

// A platform's deployments are recorded on a stream of their own, `deployments-<platformId>`. These events
// are the desired state: after a restart WebNova brings back every deployment whose last word is "live"
// (requested, healthy, crashed or restarted), and leaves alone those failed, stopped, superseded or
// crash-looping. Health probes are too frequent to be events; they live in memory.

export const deploymentsStreamOf = (platformId: string): string => `deployments-${platformId}`;
export const DEPLOYMENTS_STREAM_TYPE = 'deployments';

const MigrationFile = z.strictObject({ path: z.string(), content: z.string() });

export const DeploymentRequested = defineEvent(
  'DeploymentRequested',
  z.strictObject({
    deploymentId: Id,
    platformId: Id,
    generationId: Id,
    blueprintVersion: BlueprintVersionNumber,
    target: DeploymentTarget,
    requestedBy: VersionAuthor,
    /** The deployment serving when this one was asked for (replaced on success), if any. */
    previousDeploymentId: Id.nullable(),
    rollbackOf: Id.nullable(),
    /**
     * The SQL migrations this deployment's database will have seen, in order: the history of the databases
     * it inherits plus the step to this version. Kept with the event as the record of what ran on the data.
     */
    migrations: z.array(MigrationFile),
  }),
);

export const DeploymentStarted = defineEvent(
  'DeploymentStarted',
  z.strictObject({ deploymentId: Id, pid: z.number().int(), attempt: z.number().int().min(1) }),
);

export const DeploymentHealthy = defineEvent(
  'DeploymentHealthy',
  z.strictObject({
    deploymentId: Id,
    url: z.string(),
    previewPort: z.number().int(),
    latencyMs: z.number().min(0),
  }),
);

export const DeploymentFailed = defineEvent(
  'DeploymentFailed',
  z.strictObject({ deploymentId: Id, step: z.string(), reason: z.string() }),
);

export const DeploymentCrashed = defineEvent(
  'DeploymentCrashed',
  z.strictObject({
    deploymentId: Id,
    exitCode: z.number().int().nullable(),
    signal: z.string().nullable(),
    reason: z.string(),
    restartInMs: z.number().int().min(0),
  }),
);

export const DeploymentCrashLooping = defineEvent(
  'DeploymentCrashLooping',
  z.strictObject({
    deploymentId: Id,
    crashes: z.number().int(),
    windowMs: z.number().int(),
    reason: z.string(),
  }),
);

export const DeploymentRestarted = defineEvent(
  'DeploymentRestarted',
  z.strictObject({ deploymentId: Id, by: VersionAuthor }),
);

export const DeploymentStopped = defineEvent(
  'DeploymentStopped',
  z.strictObject({ deploymentId: Id, reason: z.string(), by: VersionAuthor.nullable() }),
);

export const DeploymentSuperseded = defineEvent(
  'DeploymentSuperseded',
  z.strictObject({ deploymentId: Id, supersededBy: Id }),
);

export const DeploymentPackaged = defineEvent(
  'DeploymentPackaged',
  z.strictObject({
    deploymentId: Id,
    artifactsDir: z.string(),
    message: z.string(),
    done: z.boolean(),
  }),
);

export type DeploymentRequestedData = z.output<typeof DeploymentRequested.schema>;

export const deploymentEventContracts = [
  DeploymentRequested,
  DeploymentStarted,
  DeploymentHealthy,
  DeploymentFailed,
  DeploymentCrashed,
  DeploymentCrashLooping,
  DeploymentRestarted,
  DeploymentStopped,
  DeploymentSuperseded,
  DeploymentPackaged,
];

/** A new event of one of these types, its data checked against the contract at compile time. */
export function eventOf<T extends string, S extends z.ZodType>(
  contract: EventContract<T, S>,
  data: z.input<S>,
): NewEvent {
  return { type: contract.type, data };
}
