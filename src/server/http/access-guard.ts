import type { Request } from 'express';
import { roleAtLeast } from '../../contracts/index.js';
import { AppError, isUuid, secretsEqual } from '../../kernel/index.js';
import type { Authentication, TenantContext, TenantResolver } from './ports.js';
import { CSRF_HEADER, TENANT_HEADER } from './request-client.js';
import type { Access } from './route.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses the request unless the caller meets the route's access rule; returns the tenant if any. */
export async function guardAccess(
  req: Request,
  access: Access,
  authentication: Authentication | null,
  tenants: TenantResolver,
): Promise<TenantContext | null> {
  if (access === 'public') {
    if (authentication) checkCsrf(req, authentication);
    return null;
  }
  if (!authentication) {
    throw new AppError('unauthenticated', 'You need to sign in to do this', {
      hint: 'Log in (POST /api/auth/login) or send an API token as `Authorization: Bearer <token>`.',
    });
  }
  checkCsrf(req, authentication);
  if (access === 'user') return null;
  if (access === 'root') {
    if (!authentication.actor.isRootOwner) {
      throw new AppError('forbidden', 'Only the owner of this WebNova installation (ROOT_OWNER) can do this');
    }
    return null;
  }
  const tenantId = req.headers[TENANT_HEADER];
  if (typeof tenantId !== 'string' || tenantId === '') {
    throw new AppError('bad_request', 'This route works inside a tenant, and no tenant was named', {
      hint: 'Send the tenant id in the X-Tenant-Id header; GET /api/tenants lists yours.',
    });
  }
  if (!isUuid(tenantId)) {
    throw new AppError('validation_failed', 'The X-Tenant-Id header is not a tenant id', {
      fieldProblems: [{ path: 'headers.x-tenant-id', message: 'must be a UUID' }],
      hint: 'GET /api/tenants lists the ids of your tenants.',
    });
  }
  const tenant = await tenants.resolve(authentication.actor, tenantId);
  if (!tenant) {
    throw new AppError('not_found', 'Tenant was not found', {
      hint: 'Check the X-Tenant-Id header; GET /api/tenants lists the tenants you belong to.',
    });
  }
  if (!roleAtLeast(tenant.role, access.tenantRole)) {
    throw new AppError(
      'forbidden',
      `This needs the ${access.tenantRole} role in this tenant; you are ${tenant.role}`,
      {
        hint: 'Ask an owner or admin of the tenant to change your role.',
      },
    );
  }
  return tenant;
}

/** Cookie sessions must echo their CSRF token on writes; API tokens are not sent by browsers on their own. */
function checkCsrf(req: Request, authentication: Authentication): void {
  if (authentication.via !== 'session' || SAFE_METHODS.has(req.method)) return;
  const sent = req.headers[CSRF_HEADER];
  if (
    typeof sent !== 'string' ||
    !authentication.csrfToken ||
    !secretsEqual(sent, authentication.csrfToken)
  ) {
    throw new AppError('csrf_failed', 'The request is missing a valid CSRF token', {
      hint: 'Send the csrfToken from GET /api/auth/session in the X-CSRF-Token header.',
    });
  }
}
