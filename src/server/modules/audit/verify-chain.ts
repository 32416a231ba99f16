import { and, asc, eq, gt } from 'drizzle-orm';
import type { AuditVerification } from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import { checkLinks } from './chain.js';
import { auditHeads, auditLog } from './schema.js';

const PAGE = 2_000;

/** Recomputes the whole chain of a tenant, page by page, and reports the first broken link. */
export async function verifyChain(tx: AppTx, tenantId: string): Promise<AuditVerification> {
  let previous = null as { seq: number; hash: string } | null;
  let checked = 0;
  for (;;) {
    const entries = await tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenantId), gt(auditLog.seq, previous?.seq ?? 0)))
      .orderBy(asc(auditLog.seq))
      .limit(PAGE);
    const result = checkLinks(entries, previous);
    checked += result.checked;
    if (!result.ok) return { ...result, checked };
    const last = entries.at(-1);
    if (!last || entries.length < PAGE) break;
    previous = { seq: last.seq, hash: last.hash };
  }
  const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId));
  if (head && head.seq !== checked) {
    return {
      ok: false,
      checked,
      firstBrokenSeq: checked + 1,
      reason: `the chain's head says ${head.seq} entries but ${checked} were found`,
    };
  }
  return { ok: true, checked, firstBrokenSeq: null, reason: null };
}
