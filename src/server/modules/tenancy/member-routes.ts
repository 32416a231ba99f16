import { z } from 'zod';
import { AddMemberRequest, ChangeMemberRoleRequest, Member, MemberParams } from '../../../contracts/index.js';
import { defineRoute, type RouteDefinition } from '../../http/index.js';
import { addMember, type MemberDeps } from './add-member.js';
import { changeMemberRole } from './change-member-role.js';
import { listMembers } from './list-members.js';
import { removeMember } from './remove-member.js';

/** The members of the tenant named by `X-Tenant-Id`. Role rules live in role-rules.ts. */
export function memberRoutes(deps: MemberDeps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/tenant/members',
      summary: 'List the members of the current tenant',
      tag: 'tenancy',
      access: { tenantRole: 'viewer' },
      response: z.array(Member),
      handler: ({ tx, tenant }) => listMembers(tx, deps.users, tenant.id),
    }),
    defineRoute({
      method: 'post',
      path: '/api/tenant/members',
      summary: 'Add a person who has a WebNova account to the current tenant (takes a seat)',
      tag: 'tenancy',
      access: { tenantRole: 'admin' },
      body: AddMemberRequest,
      response: Member,
      status: 201,
      audit: {
        action: 'member.add',
        resource: (input, result) => (result ? `member:${result.id}` : `member-email:${input.body.email}`),
      },
      handler: ({ tx, tenant }, { body }) => addMember(tx, deps, tenant, body),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/tenant/members/:memberId',
      summary: "Change a member's role",
      tag: 'tenancy',
      access: { tenantRole: 'admin' },
      params: MemberParams,
      body: ChangeMemberRoleRequest,
      response: Member,
      audit: { action: 'member.change_role', resource: ({ params }) => `member:${params.memberId}` },
      handler: ({ tx, tenant }, { params, body }) =>
        changeMemberRole(tx, deps.users, tenant, params.memberId, body.role),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/tenant/members/:memberId',
      summary: 'Remove a member from the current tenant (frees a seat)',
      tag: 'tenancy',
      access: { tenantRole: 'admin' },
      params: MemberParams,
      response: z.void(),
      status: 204,
      audit: { action: 'member.remove', resource: ({ params }) => `member:${params.memberId}` },
      handler: ({ tx, tenant }, { params }) => removeMember(tx, deps.clock, tenant, params.memberId),
    }),
  ];
}
