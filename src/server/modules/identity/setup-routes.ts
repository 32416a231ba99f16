import { CreateOwnerRequest, OwnerCreated, SetupStatus } from '../../../contracts/index.js';
import { defineRoute, type RouteDefinition } from '../../http/index.js';
import { createOwner } from './create-owner.js';
import type { IdentityDeps } from './identity-deps.js';
import { ownerExists } from './user-records.js';

/** Bootstrapping a fresh installation: is there an owner yet, and creating one (what `webnova owner create` calls). */
export function setupRoutes(deps: IdentityDeps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/setup/status',
      summary: 'Tell whether this installation has its owner (ROOT_OWNER) yet',
      tag: 'setup',
      access: 'public',
      response: SetupStatus,
      handler: async ({ tx }) => ({ ownerExists: await ownerExists(tx) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/setup/owner',
      summary:
        "Create the installation's owner, their first tenant and an API token; from the server's machine or with the setup token",
      tag: 'setup',
      access: 'public',
      body: CreateOwnerRequest,
      response: OwnerCreated,
      status: 201,
      audit: {
        action: 'setup.create_owner',
        resource: (_input, result) => (result ? `user:${result.user.id}` : 'user:new'),
        actorOf: (result) => ({ id: result.user.id, label: result.user.email }),
      },
      handler: ({ tx, client }, { body }) => createOwner(tx, deps, body, client),
    }),
  ];
}
