import type { Logger } from 'pino';
import type { Blueprint, RenameHints } from '../../../contracts/index.js';
import type { Clock } from '../../../kernel/index.js';
import type { AppDb, AppTx } from '../../db/index.js';
import type { EventStore } from '../events/index.js';
import type { GenerationsService } from '../generations/index.js';
import type { Vault } from '../vault/index.js';
import type { DatabaseHost } from './databases/index.js';
import type { RestartPolicy } from './supervisor/index.js';

/** Where and how platforms run; from WebNova's configuration (tests shorten the timings). */
export interface RuntimeSettings {
  /** `<data dir>/runtime`: builds, embedded databases, logs, Docker and Kubernetes artifacts. */
  dir: string;
  /** WebNova's own node_modules: every platform runs with it (no install per platform). */
  nodeModulesDir: string;
  /** The address previews listen on, and the host name their URLs carry. */
  previewBindHost: string;
  previewPublicHost: string;
  /** Where platform databases live: PGlite directories, or databases on a PostgreSQL server. */
  databaseHost: DatabaseHost;
  /** Heap and resident memory limit of each platform process. */
  memoryLimitMb: number;
  policy?: Partial<RestartPolicy>;
  /** How long a replaced deployment may finish its requests before it is stopped. */
  drainTimeoutMs: number;
  /** Make the embedded template database at start, so the first deployment is fast (tests skip it). */
  warmUp: boolean;
  /** WebNova's own cookies: never forwarded to a preview. */
  strippedCookies: readonly string[];
}

/** What the runtime reads of platforms, through the blueprints service. */
export interface PlatformsPort {
  assertExists(tx: AppTx, tenantId: string, platformId: string): Promise<void>;
  loadBlueprint(tx: AppTx, tenantId: string, platformId: string, version: number): Promise<Blueprint>;
  renamesBetween(
    tx: AppTx,
    tenantId: string,
    platformId: string,
    from: number,
    to: number,
  ): Promise<RenameHints>;
}

/** What the runtime needs of deployments quotas (tenancy's QuotaService). */
export interface DeploymentQuotaPort {
  consume(tx: AppTx, tenantId: string, quota: 'deployments'): Promise<void>;
  release(tx: AppTx, tenantId: string, quota: 'deployments'): Promise<void>;
}

export interface RuntimeDeps {
  db: AppDb;
  store: EventStore;
  clock: Clock;
  log: Logger;
  settings: RuntimeSettings;
  vault: Vault;
  quotas: DeploymentQuotaPort;
  platforms: PlatformsPort;
  generations: GenerationsService;
}
