/**
 * The runtime: deploys generated platforms as supervised child processes, each with a database of its
 * own, behind a preview on an origin of its own; restarts them when they crash, switches versions
 * without downtime, rolls back, and brings every platform that should run back after WebNova restarts.
 * Docker and Kubernetes targets write (and, where an engine or cluster is reachable, build or apply)
 * the generated deployment files. Desired state is recorded as events on `deployments-<platformId>`.
 * @module
 */
import type { RouteDefinition } from '../../http/index.js';
import type { RuntimeDeps } from './deps.js';
import { prepareDatabaseHost } from './databases/index.js';
import { PlatformSlots } from './platform-slot.js';
import { reconcileDeployments } from './reconcile.js';
import { runtimeRoutes } from './routes.js';

export { deploymentEventContracts, deploymentsStreamOf } from './events.js';
export { deploymentProjection } from './projection.js';
export type { RuntimeDeps, RuntimeSettings, PlatformsPort, DeploymentQuotaPort } from './deps.js';
export { dropPlatformDatabase, PGLITE_VERSION, type DatabaseHost } from './databases/index.js';
export { DEFAULT_RESTART_POLICY, type RestartPolicy } from './supervisor/index.js';

export interface RuntimeModule {
  routes: RouteDefinition[];
  /** Brings back the deployments that should run; resolves once each was tried. */
  reconcile(): Promise<void>;
  /** Makes first deployments fast (the embedded template database); safe to skip, deploys do it when needed. */
  prepare(): Promise<void>;
  /**
   * Stops every platform process this WebNova runs without recording a stop: their desired state stays
   * "running", so the next start brings them back.
   */
  shutdown(): Promise<void>;
}

export function createRuntimeModule(deps: RuntimeDeps): RuntimeModule {
  const slots = new PlatformSlots();
  return {
    routes: runtimeRoutes(deps, slots),
    reconcile: () => reconcileDeployments(deps, slots),
    prepare: () =>
      deps.settings.warmUp ? prepareDatabaseHost(deps.settings.databaseHost) : Promise.resolve(),
    shutdown: async () => {
      await Promise.all(
        slots.all().map(async (slot) => {
          await slot.active?.supervisor.stop('WebNova is stopping');
          await slot.proxy?.close();
          await slot.settled();
        }),
      );
    },
  };
}
