import type { ProviderName } from '../../../contracts/index.js';
import type { BlueprintProvider, SovereigntyGate } from '../../../ai/index.js';
import type { BlueprintsService } from '../blueprints/index.js';
import type { EventStore } from '../events/index.js';

/** Builds the provider of a name; the composition root passes the real one, tests a deterministic double. */
export type ProviderFactory = (name: ProviderName) => BlueprintProvider | Promise<BlueprintProvider>;

/** Who asks, so the gate can record its decision against the request that led to it. */
export interface GateRequest {
  requestId: string;
  actorLabel: string;
}

export type GateFactory = (request: GateRequest) => SovereigntyGate;

export interface OrchestratorDeps {
  store: EventStore;
  blueprints: BlueprintsService;
  providers: ProviderFactory;
  /** Used when a request names no provider. */
  defaultProvider: ProviderName;
  gate: GateFactory;
}
