import { z } from 'zod';
import {
  GenerateCodebaseRequest,
  GeneratedFileContent,
  GeneratedFileQuery,
  GenerationDetail,
  GenerationParams,
  GenerationSummary,
  PlatformParams,
} from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';
import { defineManagedRoute, defineRoute, FileBody, type RouteDefinition } from '../../http/index.js';
import type { GenerationsDeps } from './deps.js';
import { generatePlatformCode } from './generate-platform-code.js';
import {
  findGenerationFile,
  listGenerationFiles,
  listGenerations,
  readGenerationFiles,
} from './generation-repository.js';
import { loadGeneration } from './load-generation.js';
import { toGenerationSummary, zipNameOf } from './views.js';
import { zipFiles } from './zip-files.js';

const TAG = 'generations';

/**
 * Code generated from a platform's Blueprint versions. Generating needs the developer role (it is a
 * write, and audited); browsing and downloading are for every member.
 */
export function generationRoutes(deps: GenerationsDeps): RouteDefinition[] {
  return [
    defineManagedRoute({
      method: 'post',
      path: '/api/platforms/:platformId/generations',
      summary:
        'Generate the code of a Blueprint version (the current one unless `version` is given); a version already generated is returned as it is',
      tag: TAG,
      access: { tenantRole: 'developer' },
      params: PlatformParams,
      body: GenerateCodebaseRequest,
      response: GenerationSummary,
      status: 201,
      audit: {
        action: 'generation.create',
        resource: ({ params }, result) =>
          `platform:${params.platformId}${result ? `@v${result.blueprintVersion}/generation:${result.id}` : ''}`,
      },
      handler: (context, { params, body }) =>
        generatePlatformCode(context, deps, {
          tenantId: context.tenant.id,
          platformId: params.platformId,
          version: body.version,
          author: { id: context.actor.userId, label: context.actor.email },
        }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/platforms/:platformId/generations',
      summary: "List a platform's generations, newest first",
      tag: TAG,
      access: { tenantRole: 'viewer' },
      params: PlatformParams,
      response: z.array(GenerationSummary),
      handler: async ({ tx, tenant }, { params }) => {
        await deps.versions.assertPlatformExists(tx, tenant.id, params.platformId);
        return (await listGenerations(tx, tenant.id, params.platformId)).map(toGenerationSummary);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/platforms/:platformId/generations/:generationId',
      summary: 'Show a generation with its files (paths and sizes, sorted by path)',
      tag: TAG,
      access: { tenantRole: 'viewer' },
      params: GenerationParams,
      response: GenerationDetail,
      handler: async ({ tx, tenant }, { params }) => {
        const generation = await loadGeneration(tx, tenant.id, params.platformId, params.generationId);
        const files = await listGenerationFiles(tx, tenant.id, generation.id);
        return { ...toGenerationSummary(generation), files };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/platforms/:platformId/generations/:generationId/files',
      summary: "Read one generated file's content, named by its path from the project root",
      tag: TAG,
      access: { tenantRole: 'viewer' },
      params: GenerationParams,
      query: GeneratedFileQuery,
      response: GeneratedFileContent,
      handler: async ({ tx, tenant }, { params, query }) => {
        const generation = await loadGeneration(tx, tenant.id, params.platformId, params.generationId);
        const file = await findGenerationFile(tx, tenant.id, generation.id, query.path);
        if (!file) {
          throw new AppError('not_found', `This generation has no file ${query.path}`, {
            hint: `Paths are relative to the project root, e.g. README.md; GET /api/platforms/${params.platformId}/generations/${generation.id} lists them.`,
            details: { path: query.path },
          });
        }
        return file;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/platforms/:platformId/generations/:generationId/zip',
      summary: 'Download a generation as a zip, its files under a folder named after the platform',
      tag: TAG,
      access: { tenantRole: 'viewer' },
      params: GenerationParams,
      response: FileBody,
      file: { contentType: 'application/zip' },
      handler: async ({ tx, tenant }, { params }) => {
        const generation = await loadGeneration(tx, tenant.id, params.platformId, params.generationId);
        const files = await readGenerationFiles(tx, tenant.id, generation.id);
        return {
          filename: zipNameOf(generation),
          bytes: zipFiles(generation.slug, files, generation.createdAt),
        };
      },
    }),
  ];
}
