import { z } from 'zod';
import {
  ApiToken,
  ApiTokenParams,
  CreateApiTokenRequest,
  CreatedApiToken,
} from '../../../contracts/index.js';
import { defineRoute, type RouteDefinition } from '../../http/index.js';
import { createApiToken } from './create-api-token.js';
import type { IdentityDeps } from './identity-deps.js';
import { listApiTokens } from './list-api-tokens.js';
import { revokeApiToken } from './revoke-api-token.js';

/** API tokens for the CLI and scripts; each person sees and revokes only their own. */
export function tokenRoutes(deps: Pick<IdentityDeps, 'clock'>): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/auth/tokens',
      summary: 'List your API tokens (prefixes only; secrets are shown once, at creation)',
      tag: 'auth',
      access: 'user',
      response: z.array(ApiToken),
      handler: ({ tx, actor }) => listApiTokens(tx, actor.userId),
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/tokens',
      summary: 'Create an API token; its secret is in this answer only',
      tag: 'auth',
      access: 'user',
      body: CreateApiTokenRequest,
      response: CreatedApiToken,
      status: 201,
      audit: { action: 'api_token.create', resource: (_input, result) => `api_token:${result?.id ?? 'new'}` },
      handler: ({ tx, actor }, { body }) => createApiToken(tx, deps.clock, actor.userId, body),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/auth/tokens/:tokenId',
      summary: 'Revoke one of your API tokens; it stops working at once',
      tag: 'auth',
      access: 'user',
      params: ApiTokenParams,
      response: z.undefined(),
      status: 204,
      audit: {
        action: 'api_token.revoke',
        resource: ({ params }) => `api_token:${params?.tokenId ?? 'unknown'}`,
      },
      handler: async ({ tx, actor }, { params }) => {
        await revokeApiToken(tx, deps.clock, actor.userId, params.tokenId);
        return undefined;
      },
    }),
  ];
}
