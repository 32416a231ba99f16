import { z } from 'zod';
import {
  BlueprintDiff,
  BlueprintVersionDetail,
  BlueprintVersionSummary,
  DiffQuery,
  ForkPlatformRequest,
  ForkPlatformResponse,
  PlatformListQuery,
  PlatformPage,
  PlatformParams,
  PlatformSummary,
  PlatformVersionParams,
  ReviseBlueprintRequest,
} from '../../../contracts/index.js';
import { defineRoute, type RouteDefinition, type TenantHandlerContext } from '../../http/index.js';
import { approveVersion } from './approve-version.js';
import type { BlueprintsDeps } from './deps.js';
import { diffVersions } from './diff-versions.js';
import { editBlueprint } from './edit-blueprint.js';
import { forkPlatform } from './fork-platform.js';
import { loadPlatform, loadVersion } from './load-platform.js';
import { listPlatforms, listVersions } from './platform-repository.js';
import { restoreVersion } from './restore-version.js';
import { toPlatformSummary, toVersionDetail, toVersionSummary } from './views.js';

const TAG = 'platforms';
const authorOf = ({ actor }: TenantHandlerContext) => ({ id: actor.userId, label: actor.email });

/**
 * Platforms and their Blueprint versions. Reading is for every member; changing a Blueprint needs the
 * developer role, approving a version (what code generation builds) the admin role. Creating a platform
 * from a description and chatting live in the orchestrator, which calls an AI provider; forking a version
 * into a new platform needs none, so it is here, with the same role and quota as creating one.
 */
export function blueprintRoutes(deps: BlueprintsDeps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/platforms',
      summary: "List the tenant's platforms, newest first, optionally searching their names",
      tag: TAG,
      access: { tenantRole: 'viewer' },
      query: PlatformListQuery,
      response: PlatformPage,
      handler: async ({ tx, tenant }, { query }) => {
        const { rows, total } = await listPlatforms(tx, tenant.id, query);
        return { platforms: rows.map(toPlatformSummary), total, limit: query.limit, offset: query.offset };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/platforms/:platformId',
      summary: 'Show a platform with its current and approved versions',
      tag: TAG,
      access: { tenantRole: 'viewer' },
      params: PlatformParams,
      response: PlatformSummary,
      handler: async ({ tx, tenant }, { params }) =>
        toPlatformSummary(await loadPlatform(tx, tenant.id, params.platformId)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/platforms/:platformId/versions',
      summary: "List a platform's Blueprint versions, newest first",
      tag: TAG,
      access: { tenantRole: 'viewer' },
      params: PlatformParams,
      response: z.array(BlueprintVersionSummary),
      handler: async ({ tx, tenant }, { params }) => {
        const platform = await loadPlatform(tx, tenant.id, params.platformId);
        const rows = await listVersions(tx, tenant.id, platform.id);
        return rows.map((row) => toVersionSummary(row, platform.approvedVersion));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/platforms/:platformId/versions/:version',
      summary: 'Show one version with its whole Blueprint',
      tag: TAG,
      access: { tenantRole: 'viewer' },
      params: PlatformVersionParams,
      response: BlueprintVersionDetail,
      handler: async ({ tx, tenant }, { params }) => {
        const platform = await loadPlatform(tx, tenant.id, params.platformId);
        return toVersionDetail(await loadVersion(tx, platform, params.version), platform.approvedVersion);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/platforms/:platformId/versions',
      summary:
        'Save a hand-edited Blueprint as the next version; a Blueprint with problems is refused (422) with each problem',
      tag: TAG,
      access: { tenantRole: 'developer' },
      params: PlatformParams,
      body: ReviseBlueprintRequest,
      response: BlueprintVersionDetail,
      status: 201,
      audit: {
        action: 'blueprint.edit',
        resource: ({ params }, result) =>
          `platform:${params.platformId}${result ? `@v${result.version}` : ''}`,
      },
      handler: (context, { params, body }) =>
        editBlueprint(context.tx, deps, context.tenant.id, {
          platformId: params.platformId,
          ...body,
          author: authorOf(context),
        }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/platforms/:platformId/diff',
      summary: 'What changed between two versions, renames included',
      tag: TAG,
      access: { tenantRole: 'viewer' },
      params: PlatformParams,
      query: DiffQuery,
      response: BlueprintDiff,
      handler: ({ tx, tenant }, { params, query }) =>
        diffVersions(tx, tenant.id, { platformId: params.platformId, ...query }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/platforms/:platformId/versions/:version/approve',
      summary: 'Approve a version: the one code generation builds',
      tag: TAG,
      access: { tenantRole: 'admin' },
      params: PlatformVersionParams,
      response: BlueprintVersionSummary,
      audit: {
        action: 'blueprint.approve',
        resource: ({ params }) => `platform:${params.platformId}@v${params.version}`,
      },
      handler: (context, { params }) =>
        approveVersion(context.tx, deps, context.tenant.id, { ...params, by: authorOf(context) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/platforms/:platformId/versions/:version/restore',
      summary: 'Make an older version current again, as a new version equal to it',
      tag: TAG,
      access: { tenantRole: 'developer' },
      params: PlatformVersionParams,
      response: BlueprintVersionDetail,
      status: 201,
      audit: {
        action: 'blueprint.restore',
        resource: ({ params }, result) =>
          `platform:${params.platformId}@v${params.version}${result ? `->v${result.version}` : ''}`,
      },
      handler: (context, { params }) =>
        restoreVersion(context.tx, deps, context.tenant.id, { ...params, author: authorOf(context) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/platforms/:platformId/fork',
      summary:
        "Fork a version into a new platform whose version 1 is that version's Blueprint (optionally renamed); takes one platforms quota",
      tag: TAG,
      access: { tenantRole: 'developer' },
      params: PlatformParams,
      body: ForkPlatformRequest,
      response: ForkPlatformResponse,
      status: 201,
      audit: {
        action: 'platform.fork',
        resource: ({ params, body }, result) =>
          `platform:${params.platformId}@v${body.version}${result ? `->platform:${result.platform.id}` : ''}`,
      },
      handler: (context, { params, body }) =>
        forkPlatform(context.tx, deps, context.tenant, {
          platformId: params.platformId,
          version: body.version,
          name: body.name,
          author: authorOf(context),
        }),
    }),
  ];
}
