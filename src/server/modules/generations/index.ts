/**
 * Generations: the code generated from a platform's Blueprint versions, stored content-addressed (each
 * file's content once per tenant under its SHA-256, shared by every generation that has it), browsable
 * file by file and downloadable as a zip. Each stored generation is recorded as a `CodebaseGenerated`
 * event on the stream `generations-<platformId>`.
 * @module
 */
import type { RouteDefinition } from '../../http/index.js';
import type { GenerationsDeps } from './deps.js';
import { generationRoutes } from './routes.js';

export { generationEventContracts, generationsStreamOf, CodebaseGenerated } from './events.js';
export type { BlueprintSource, BlueprintVersionsPort } from './deps.js';

export interface GenerationsModule {
  routes: RouteDefinition[];
}

export type GenerationsModuleOptions = GenerationsDeps;

export function createGenerationsModule(options: GenerationsModuleOptions): GenerationsModule {
  return { routes: generationRoutes(options) };
}
