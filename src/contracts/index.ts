/**
 * The contracts every part of WebNova shares: Zod schemas for API requests and responses.
 * Server, web app, CLI and code generator import them from here; this folder imports nothing of ours.
 * @module
 */
export * from './common.js';
export * from './problem.js';
export * from './identity.js';
export * from './tenancy.js';
export * from './audit.js';
export * from './events.js';
export * from './blueprint.js';
export * from './analysis.js';
export * from './platforms.js';
export * from './chat.js';
export * from './generations.js';
export * from './deployments.js';
