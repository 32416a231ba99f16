import { z } from 'zod';
import { Id, Timestamp } from './common.js';

export const AuditResult = z.enum(['success', 'failure']);

export const AuditEntry = z.object({
  seq: z.number().int(),
  id: Id,
  at: Timestamp,
  actorId: Id.nullable(),
  actorLabel: z.string(),
  action: z.string(),
  resource: z.string(),
  result: AuditResult,
  requestId: z.string(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).optional(),
});

export const AuditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;
