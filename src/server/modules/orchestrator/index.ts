/**
 * The orchestrator: the conversation that builds a platform. It calls the AI provider (through the
 * sovereignty gate, outside any transaction), records each chat session as events (`chat-<sessionId>`),
 * and turns replies into Blueprint versions through the blueprints module.
 * @module
 */
import type { RouteDefinition } from '../../http/index.js';
import type { OrchestratorDeps } from './deps.js';
import { orchestratorRoutes } from './routes.js';

export { chatEventContracts, chatStreamOf } from './events.js';
export { chatProjection } from './projection.js';
export { auditedGate } from './audited-gate.js';
export type { GateFactory, GateRequest, OrchestratorDeps, ProviderFactory } from './deps.js';

export interface OrchestratorModule {
  routes: RouteDefinition[];
}

export function createOrchestratorModule(deps: OrchestratorDeps): OrchestratorModule {
  return { routes: orchestratorRoutes(deps) };
}
