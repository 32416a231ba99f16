import { Option } from 'commander';
import { DEPLOYMENT_TARGETS, Id } from '../../../contracts/index.js';
import { UsageError } from '../../cli-error.js';
import type { Settings } from '../../settings.js';
import { matching } from '../events/arguments.js';

// Arguments and checks shared by the runtime commands (create, deploy, ps, logs, stop, restart, rollback).

export const EXAMPLE_PLATFORM = '0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f70';

/** Platform and deployment ids are UUIDs: a typo is a usage error before any request. */
export const platformIdArgument = matching(Id);
export const deploymentIdArgument = matching(Id);

export function targetOption(): Option {
  return new Option('--target <target>', 'where to run it: a local process, or Docker/Kubernetes files')
    .choices(DEPLOYMENT_TARGETS)
    .default('local');
}

/** Platforms belong to a tenant: say so before asking the server, which could only answer "which tenant?". */
export function requireTenant(settings: Settings): void {
  if (!settings.tenant) {
    throw new UsageError(
      'Platforms belong to a tenant: pass --tenant <tenantId> or set WEBNOVA_TENANT',
      '`webnova tenants list` shows your tenant ids.',
    );
  }
}
