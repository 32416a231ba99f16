import { eq } from 'drizzle-orm';
import { newId, type Clock } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { AuditEntryInput } from '../../http/index.js';
import { GENESIS_HASH, hashEntry } from './chain.js';
import { auditHeads, auditLog } from './schema.js';

/**
 * Appends one entry to the tenant's chain inside the caller's transaction. Locking the chain's head
 * row serializes appends per tenant, so sequence numbers have no gaps and each link sees its predecessor.
 */
export async function appendEntry(
  tx: AppTx,
  clock: Clock,
  tenantId: string,
  input: AuditEntryInput,
): Promise<void> {
  await tx.insert(auditHeads).values({ tenantId, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
  const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId)).for('update');
  if (!head) throw new Error(`audit chain head for ${tenantId} is not visible in this transaction`);
  const fields = {
    tenantId,
    seq: head.seq + 1,
    id: newId(),
    at: clock.now(),
    actorId: input.actorId,
    actorLabel: input.actorLabel,
    action: input.action,
    resource: input.resource,
    result: input.result,
    requestId: input.requestId,
    details: input.details ?? {},
    prevHash: head.hash,
  };
  const hash = hashEntry(fields);
  await tx.insert(auditLog).values({ ...fields, hash });
  await tx.update(auditHeads).set({ seq: fields.seq, hash }).where(eq(auditHeads.tenantId, tenantId));
}
