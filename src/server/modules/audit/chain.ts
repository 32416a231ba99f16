import { canonicalJson, sha256Hex } from '../../../kernel/index.js';

/** The `prevHash` of a chain's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields an entry's hash covers: everything but the hash itself. */
export interface ChainedFields {
  tenantId: string;
  seq: number;
  id: string;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  resource: string;
  result: string;
  requestId: string;
  details: Record<string, unknown>;
  prevHash: string;
}

export interface ChainedEntry extends ChainedFields {
  hash: string;
}

/** SHA-256 over the canonical JSON of the entry, previous hash included, so any edit breaks every later link. */
export function hashEntry(fields: ChainedFields): string {
  // Named one by one: a row read back carries its own hash (and maybe more), which must not be hashed.
  const covered = {
    tenantId: fields.tenantId,
    seq: fields.seq,
    id: fields.id,
    at: fields.at.toISOString(),
    actorId: fields.actorId,
    actorLabel: fields.actorLabel,
    action: fields.action,
    resource: fields.resource,
    result: fields.result,
    requestId: fields.requestId,
    details: fields.details,
    prevHash: fields.prevHash,
  };
  return sha256Hex(canonicalJson(covered));
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  reason: string | null;
}

/**
 * Checks a run of entries in sequence order, continuing from `previous` (the last entry already
 * checked, or null at the start of the chain).
 */
export function checkLinks(
  entries: ChainedEntry[],
  previous: { seq: number; hash: string } | null,
): ChainCheck {
  let expectedSeq = (previous?.seq ?? 0) + 1;
  let expectedPrev = previous?.hash ?? GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const broken = (reason: string): ChainCheck => ({
      ok: false,
      checked: index,
      firstBrokenSeq: entry.seq,
      reason,
    });
    if (entry.seq !== expectedSeq)
      return broken(`expected entry ${expectedSeq} but found ${entry.seq}: entries are missing`);
    if (entry.prevHash !== expectedPrev)
      return broken('its previous-hash does not match the entry before it');
    if (hashEntry(entry) !== entry.hash)
      return broken('its content does not match its hash: the entry was altered');
    expectedSeq += 1;
    expectedPrev = entry.hash;
  }
  return { ok: true, checked: entries.length, firstBrokenSeq: null, reason: null };
}
