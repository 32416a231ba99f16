import type { Command } from 'commander';
import { z } from 'zod';
import { AuditEntry, AuditVerification } from '../../contracts/index.js';
import type { ApiClient } from '../api-client.js';
import { CliError, UsageError } from '../cli-error.js';
import { describe, integerIn, withContext } from '../command-kit.js';
import { type Column, formatFields, formatTable, shortTime } from '../output.js';
import type { Settings } from '../settings.js';

interface ScopeOptions {
  installation?: boolean;
}

const entryColumns: readonly Column<AuditEntry>[] = [
  { header: 'seq', value: (entry) => entry.seq },
  { header: 'at', value: (entry) => shortTime(entry.at) },
  { header: 'actor', value: (entry) => entry.actorLabel },
  { header: 'action', value: (entry) => entry.action },
  { header: 'resource', value: (entry) => entry.resource },
  { header: 'result', value: (entry) => entry.result },
];

/**
 * `webnova audit`: the hash-chained audit log. A tenant's log needs --tenant (admins); the
 * installation's own log (sign-ups, logins, tiers) needs --installation (the ROOT_OWNER).
 */
export function auditCommands(program: Command): void {
  const audit = describe(program.command('audit'), 'Read and verify the tamper-evident audit log.', [
    'webnova audit verify --installation',
  ]);

  describe(
    audit.command('verify'),
    'Recompute the hash chain of an audit log. Exits 1 when it is broken, naming the first broken entry and why.',
    [
      'webnova audit verify --tenant 0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f70',
      'webnova audit verify --installation --json',
    ],
  )
    .option('--installation', "verify the installation's own log instead of a tenant's (owner only)")
    .action(
      withContext<ScopeOptions>(async ({ options, settings, client, output }) => {
        const base = logPath(options, settings);
        const verification = await client.get(`${base}/verify`, AuditVerification);
        const brokenEntry =
          verification.firstBrokenSeq === null
            ? null
            : await entryAt(client, base, verification.firstBrokenSeq);
        output.result({ ...verification, firstBrokenEntry: brokenEntry }, describeVerification);
        if (!verification.ok) {
          throw new CliError(
            `The audit chain is broken at entry #${verification.firstBrokenSeq ?? '?'}: ${verification.reason ?? 'no reason given'}`,
            {
              hint: 'Entries cannot be changed through WebNova, so someone altered the database directly: investigate before trusting this log.',
            },
          );
        }
      }),
    );

  describe(audit.command('list'), 'List audit entries, newest first.', [
    'webnova audit list --tenant 0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f70 --limit 20',
    'webnova audit list --installation --before 120 --json',
  ])
    .option('--installation', "list the installation's own log instead of a tenant's (owner only)")
    .option('--limit <n>', 'how many entries, 1 to 200', integerIn(1, 200), 50)
    .option(
      '--before <seq>',
      'only entries before this sequence number (to page back)',
      integerIn(1, Number.MAX_SAFE_INTEGER),
    )
    .action(
      withContext<ScopeOptions & { limit: number; before?: number }>(
        async ({ options, settings, client, output }) => {
          const query = new URLSearchParams({ limit: String(options.limit) });
          if (options.before !== undefined) query.set('before', String(options.before));
          const entries = await client.get(`${logPath(options, settings)}?${query}`, z.array(AuditEntry));
          output.result(entries, (rows) => formatTable(rows, entryColumns, 'No audit entries.'));
        },
      ),
    );
}

function logPath(options: ScopeOptions, settings: Settings): string {
  if (options.installation) return '/api/admin/audit';
  if (!settings.tenant) {
    throw new UsageError(
      'Name the audit log: --tenant <tenantId> (or WEBNOVA_TENANT) for a tenant, or --installation for the installation',
      '`webnova tenants list` shows your tenant ids.',
    );
  }
  return '/api/audit';
}

/** The entry itself, to show what was tampered with; missing when the entry was deleted. */
async function entryAt(client: ApiClient, base: string, seq: number): Promise<AuditEntry | null> {
  const [entry] = await client.get(`${base}?limit=1&before=${seq + 1}`, z.array(AuditEntry));
  return entry?.seq === seq ? entry : null;
}

function describeVerification(result: AuditVerification & { firstBrokenEntry: AuditEntry | null }): string {
  if (result.ok) return `Audit chain intact: ${result.checked} entries checked.`;
  const lines = [
    `Audit chain BROKEN after ${result.checked} good entries.`,
    formatFields([
      ['First broken entry', result.firstBrokenSeq],
      ['Reason', result.reason],
    ]),
  ];
  const entry = result.firstBrokenEntry;
  if (entry) {
    lines.push(
      '',
      formatFields([
        ['At', entry.at],
        ['Actor', entry.actorLabel],
        ['Action', entry.action],
        ['Resource', entry.resource],
        ['Result', entry.result],
        ['Hash', entry.hash],
        ['Previous hash', entry.prevHash],
      ]),
    );
  } else if (result.firstBrokenSeq !== null) {
    lines.push('The entry itself is missing from the log.');
  }
  return lines.join('\n');
}
