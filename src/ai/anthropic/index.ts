/**
 * The Claude provider: Blueprints from conversation through the Anthropic Messages API.
 * Test support (a fake Messages API on loopback) lives in `./testing/index.ts`.
 * @module
 */
export {
  ANTHROPIC_DEFAULTS,
  createAnthropicProvider,
  DEFAULT_ANTHROPIC_MODEL,
  type AnthropicProviderOptions,
} from './anthropic-provider.js';
export { SUBMIT_BLUEPRINT_TOOL } from './submit-blueprint-tool.js';
