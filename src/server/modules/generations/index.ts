/**
 * Generations: the code generated from a platform's Blueprint versions, stored content-addressed (each
 * file's content once per tenant under its SHA-256, shared by every generation that has it), browsable
 * file by file and downloadable as a zip. Each stored generation is recorded as a `CodebaseGenerated`
 * event on the stream `generations-<platformId>`.
 * @module
 */
import type { GenerationSummary } from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import type { RouteDefinition } from '../../http/index.js';
import type { GenerationsDeps } from './deps.js';
import { ensureGeneration, type GenerateRequest, type TransactionRunner } from './generate-platform-code.js';
import { readGenerationFiles } from './generation-repository.js';
import { generationRoutes } from './routes.js';

export { generationEventContracts, generationsStreamOf, CodebaseGenerated } from './events.js';
export type { BlueprintSource, BlueprintVersionsPort } from './deps.js';
export type { GenerateRequest, TransactionRunner } from './generate-platform-code.js';

/** What other modules (deployments) may do with generations. */
export interface GenerationsService {
  /** The generation of a Blueprint version (the current one when undefined), generated and stored if new. */
  ensure(transaction: TransactionRunner, request: GenerateRequest): Promise<GenerationSummary>;
  /** Every file of a generation with its content, sorted by path. */
  readFiles(tx: AppTx, tenantId: string, generationId: string): Promise<{ path: string; content: string }[]>;
}

export interface GenerationsModule {
  routes: RouteDefinition[];
  service: GenerationsService;
}

export type GenerationsModuleOptions = GenerationsDeps;

export function createGenerationsModule(options: GenerationsModuleOptions): GenerationsModule {
  return {
    routes: generationRoutes(options),
    service: {
      ensure: (transaction, request) => ensureGeneration(transaction, options, request),
      readFiles: (tx, tenantId, generationId) => readGenerationFiles(tx, tenantId, generationId),
    },
  };
}
