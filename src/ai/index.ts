/**
 * AI providers that turn a conversation into a Blueprint (Claude and the offline analyzer), and the
 * sovereignty gate every call passes first. Used by the server's orchestrator and by the CLI offline.
 * @module
 */
export type { AnalyzeRequest, BlueprintProvider, ChatTurn } from './provider.js';
export {
  allowAndRecordGate,
  gatedProvider,
  type ActionContext,
  type AiAction,
  type GateDecision,
  type SovereigntyGate,
} from './gate.js';
export {
  ANTHROPIC_DEFAULTS,
  createAnthropicProvider,
  DEFAULT_ANTHROPIC_MODEL,
  type AnthropicProviderOptions,
} from './anthropic/index.js';
export { createProvider, type CreateProviderOptions } from './create-provider.js';
