import { UsageError } from '../../cli-error.js';
import type { Settings } from '../../settings.js';

/** Events belong to a tenant: say so before asking the server, which could only answer "which tenant?". */
export function requireTenant(settings: Settings): void {
  if (!settings.tenant) {
    throw new UsageError(
      'Events belong to a tenant: pass --tenant <tenantId> or set WEBNOVA_TENANT',
      '`webnova tenants list` shows your tenant ids.',
    );
  }
}
