import { Argument, type Command } from 'commander';
import { z } from 'zod';
import { TenantSummary, TIERS, type Tier } from '../../contracts/index.js';
import { describe, withContext } from '../command-kit.js';
import { type Column, formatTable, shortTime } from '../output.js';

export const tenantColumns: readonly Column<TenantSummary>[] = [
  { header: 'id', value: (tenant) => tenant.id },
  { header: 'slug', value: (tenant) => tenant.slug },
  { header: 'name', value: (tenant) => tenant.name },
  { header: 'tier', value: (tenant) => tenant.tier },
  { header: 'role', value: (tenant) => tenant.role },
  { header: 'created', value: (tenant) => shortTime(tenant.createdAt) },
];

export function tenantsCommands(program: Command): void {
  const tenants = describe(program.command('tenants'), 'List tenants and change their tiers.', [
    'webnova tenants list',
  ]);

  describe(tenants.command('list'), 'List the tenants you belong to, with the ids that --tenant takes.', [
    'webnova tenants list',
    'webnova tenants list --all --json',
  ])
    .option('--all', "every tenant of the installation (the installation's owner only)")
    .action(
      withContext<{ all?: boolean }>(async ({ options, client, output }) => {
        const path = options.all ? '/api/admin/tenants' : '/api/tenants';
        const list = await client.get(path, z.array(TenantSummary));
        output.result(list, (rows) => formatTable(rows, tenantColumns, 'You belong to no tenant yet.'));
      }),
    );

  describe(
    tenants.command('set-tier'),
    "Move a tenant to another tier, which changes its quotas. Only the installation's owner may.",
    ['webnova tenants set-tier 0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f70 pro'],
  )
    .argument('<tenantId>', 'the tenant id (see `webnova tenants list`)')
    .addArgument(new Argument('<tier>', 'the new tier').choices(TIERS))
    .action(
      withContext(async ({ args, client, output }) => {
        const [tenantId = '', tier] = args as [string, Tier];
        const changed = await client.put(
          `/api/admin/tenants/${encodeURIComponent(tenantId)}/tier`,
          { tier },
          TenantSummary,
        );
        output.result(
          changed,
          (tenant) => `Tenant ${tenant.name} (${tenant.id}) is now on the ${tenant.tier} tier.`,
        );
      }),
    );
}
