import { and, desc, eq, lt } from 'drizzle-orm';
import type { AuditEntry } from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import { auditLog } from './schema.js';

/** The tenant's newest entries first; `before` pages back by sequence number. */
export async function listEntries(
  tx: AppTx,
  tenantId: string,
  page: { limit: number; before?: number | undefined },
): Promise<AuditEntry[]> {
  const rows = await tx
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), page.before ? lt(auditLog.seq, page.before) : undefined))
    .orderBy(desc(auditLog.seq))
    .limit(page.limit);
  return rows.map(({ tenantId: _tenant, ...row }) => ({ ...row, at: row.at.toISOString() }));
}
