import { describe, expect, it } from 'vitest';
import { checkLinks, GENESIS_HASH, hashEntry, type ChainedEntry } from './chain.js';

function chainOf(count: number): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const fields = {
      tenantId: '0190f5d2-7c1e-7a3b-9f10-00000000000a',
      seq,
      id: `0190f5d2-7c1e-7a3b-9f10-${String(seq).padStart(12, '0')}`,
      at: new Date(Date.UTC(2026, 10, 27, 0, 0, seq)),
      actorId: null,
      actorLabel: 'someone@example.com',
      action: 'tenant.rename',
      resource: `tenant:${seq}`,
      result: 'success',
      requestId: `req-${seq}`,
      details: { b: 2, a: 1 },
      prevHash,
    };
    const hash = hashEntry(fields);
    entries.push({ ...fields, hash });
    prevHash = hash;
  }
  return entries;
}

describe('audit hash chain', () => {
  it('accepts an intact chain', () => {
    expect(checkLinks(chainOf(5), null)).toEqual({
      ok: true,
      checked: 5,
      firstBrokenSeq: null,
      reason: null,
    });
  });

  it('does not depend on the order of keys in details', () => {
    const [entry] = chainOf(1);
    expect(hashEntry({ ...entry!, details: { a: 1, b: 2 } })).toBe(entry!.hash);
  });

  it('finds an edited entry', () => {
    const entries = chainOf(5);
    entries[2] = { ...entries[2]!, action: 'tenant.delete' };
    expect(checkLinks(entries, null)).toMatchObject({
      ok: false,
      firstBrokenSeq: 3,
      reason: expect.stringMatching(/altered/),
    });
  });

  it('finds an entry whose hash was recomputed after an edit, at the next link', () => {
    const entries = chainOf(5);
    const edited = { ...entries[1]!, resource: 'tenant:other' };
    entries[1] = { ...edited, hash: hashEntry(edited) };
    expect(checkLinks(entries, null)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('finds a missing entry', () => {
    const entries = chainOf(5);
    entries.splice(3, 1);
    expect(checkLinks(entries, null)).toMatchObject({
      ok: false,
      firstBrokenSeq: 5,
      reason: expect.stringMatching(/missing/),
    });
  });

  it('continues from an earlier page', () => {
    const entries = chainOf(6);
    const last = entries[2]!;
    expect(checkLinks(entries.slice(3), { seq: last.seq, hash: last.hash }).ok).toBe(true);
  });
});
