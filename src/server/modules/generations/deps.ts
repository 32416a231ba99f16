import type { Blueprint } from '../../../contracts/index.js';
import type { Clock } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { EventStore } from '../events/index.js';

/** A Blueprint version as the generator needs it. */
export interface BlueprintSource {
  platformId: string;
  version: number;
  blueprint: Blueprint;
}

/**
 * How this module reads Blueprint versions without knowing the blueprints module's tables; the
 * composition root plugs the blueprints service in.
 */
export interface BlueprintVersionsPort {
  /** A 404 unless the platform exists in the tenant. */
  assertPlatformExists(tx: AppTx, tenantId: string, platformId: string): Promise<void>;
  /** One version, or the current one when `version` is undefined; a 404 naming the versions that exist. */
  load(
    tx: AppTx,
    tenantId: string,
    platformId: string,
    version: number | undefined,
  ): Promise<BlueprintSource>;
}

export interface GenerationsDeps {
  store: EventStore;
  clock: Clock;
  versions: BlueprintVersionsPort;
}
