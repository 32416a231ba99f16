/**
 * Blueprints: platforms and the event-sourced history of their Blueprints. Every revision is a new,
 * immutable version in the platform's stream (`platform-<id>`); read models are kept inline, in the
 * append's transaction. The orchestrator creates platforms and revises them through `BlueprintsService`.
 * @module
 */
import type { BlueprintVersionDetail, PlatformSummary, RenameHints, Tier } from '../../../contracts/index.js';
import type { Clock } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { RouteDefinition } from '../../http/index.js';
import type { EventStore } from '../events/index.js';
import { createPlatform, type NewPlatform } from './create-platform.js';
import type { BlueprintsDeps } from './deps.js';
import { loadPlatform, loadVersion } from './load-platform.js';
import { assertPlatformQuotaLeft, type QuotaPort } from './platform-quota.js';
import { findRenamesInRange } from './platform-repository.js';
import { renamesBetween } from './renames-between.js';
import { reviseBlueprint, type Revision } from './revise-blueprint.js';
import { blueprintRoutes } from './routes.js';
import { toPlatformSummary, toVersionDetail } from './views.js';

export { blueprintEventContracts, platformStreamOf } from './events.js';
export { platformProjection } from './projection.js';
export { blueprintRefused } from './edit-blueprint.js';
export type { NewPlatform } from './create-platform.js';
export type { Revision } from './revise-blueprint.js';
export type { QuotaPort } from './platform-quota.js';

/** What other modules may do with platforms, inside transactions scoped to the tenant. */
export interface BlueprintsService {
  /** A 429 when the tenant cannot create another platform; ask before a slow analysis. */
  assertCanCreate(tx: AppTx, tenant: { id: string; tier: Tier }): Promise<void>;
  /** Stores a platform and its first version, taking one `platforms` quota. */
  create(
    tx: AppTx,
    tenantId: string,
    input: NewPlatform,
  ): Promise<{ platform: PlatformSummary; version: BlueprintVersionDetail }>;
  /** A 404 unless the platform exists in this tenant. */
  assertExists(tx: AppTx, tenantId: string, platformId: string): Promise<void>;
  /** The platform and its current version, or a 404. */
  loadCurrent(
    tx: AppTx,
    tenantId: string,
    platformId: string,
  ): Promise<{ platform: PlatformSummary; current: BlueprintVersionDetail }>;
  /** One version of the platform (with its Blueprint), or a 404 naming the versions that exist. */
  loadVersion(
    tx: AppTx,
    tenantId: string,
    platformId: string,
    version: number,
  ): Promise<BlueprintVersionDetail>;
  /** The renames declared between two versions (either way round), for a database migration between them. */
  renamesBetween(
    tx: AppTx,
    tenantId: string,
    platformId: string,
    from: number,
    to: number,
  ): Promise<RenameHints>;
  /** Appends the next version; a 409 when `basedOn` is no longer the current version. */
  revise(tx: AppTx, tenantId: string, revision: Revision): Promise<BlueprintVersionDetail>;
}

export interface BlueprintsModule {
  routes: RouteDefinition[];
  service: BlueprintsService;
}

export interface BlueprintsModuleOptions {
  /** The store built with `platformProjection` among its inline projections. */
  store: EventStore;
  clock: Clock;
  quotas: QuotaPort;
}

export function createBlueprintsModule(options: BlueprintsModuleOptions): BlueprintsModule {
  const deps: BlueprintsDeps = options;
  return {
    routes: blueprintRoutes(deps),
    service: {
      assertCanCreate: (tx, tenant) => assertPlatformQuotaLeft(tx, deps.quotas, tenant),
      create: (tx, tenantId, input) => createPlatform(tx, deps, tenantId, input),
      assertExists: async (tx, tenantId, platformId) => {
        await loadPlatform(tx, tenantId, platformId);
      },
      loadCurrent: async (tx, tenantId, platformId) => {
        const platform = await loadPlatform(tx, tenantId, platformId);
        const current = await loadVersion(tx, platform, platform.currentVersion);
        return {
          platform: toPlatformSummary(platform),
          current: toVersionDetail(current, platform.approvedVersion),
        };
      },
      loadVersion: async (tx, tenantId, platformId, version) => {
        const platform = await loadPlatform(tx, tenantId, platformId);
        return toVersionDetail(await loadVersion(tx, platform, version), platform.approvedVersion);
      },
      renamesBetween: async (tx, tenantId, platformId, from, to) => {
        const recorded = await findRenamesInRange(
          tx,
          tenantId,
          platformId,
          Math.min(from, to) + 1,
          Math.max(from, to),
        );
        return renamesBetween(recorded, from, to);
      },
      revise: (tx, tenantId, revision) => reviseBlueprint(tx, deps, tenantId, revision),
    },
  };
}
