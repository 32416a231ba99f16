/**
 * The offline analyzer: turns English or Arabic descriptions and revision requests into Blueprints
 * deterministically, explaining each decision. The default provider, needing no key or network.
 * @module
 */
export { createOfflineProvider, analyzeOffline } from './offline-provider.js';
