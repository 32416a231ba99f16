import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../../kernel/index.js';
import {
  createTestDatabase,
  databaseErrorOf,
  testDatabaseKinds,
  withTenant,
  type TestDatabase,
} from '../../db/index.js';
import { createAuditModule, listEntries, verifyChain } from './index.js';

const tenantId = '0190f5d2-7c1e-7a3b-9f10-0000000000a1';

describe.each(testDatabaseKinds())('audit log (%s)', (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const audit = createAuditModule({ db: database.db, clock: systemClock });
    for (let n = 1; n <= 5; n += 1) {
      await withTenant(database.db, { tenantId }, (tx) =>
        audit.recorder.record(tx, tenantId, {
          actorId: null,
          actorLabel: 'owner@example.com',
          action: 'tenant.rename',
          resource: `tenant:${tenantId}`,
          result: 'success',
          requestId: `req-${n}`,
          details: { n },
        }),
      );
    }
  });
  afterAll(() => database.drop());

  const verify = () => withTenant(database.db, { tenantId }, (tx) => verifyChain(tx, tenantId));

  it('links every entry to the one before it, and verifies', async () => {
    const entries = await withTenant(database.db, { tenantId }, (tx) =>
      listEntries(tx, tenantId, { limit: 10 }),
    );
    expect(entries.map((entry) => entry.seq)).toEqual([5, 4, 3, 2, 1]);
    expect(entries[0]!.prevHash).toBe(entries[1]!.hash);
    expect(await verify()).toEqual({ ok: true, checked: 5, firstBrokenSeq: null, reason: null });
  });

  it.each([
    ['UPDATE', `update audit_log set action = 'x' where seq = 1`],
    ['DELETE', `delete from audit_log where seq = 1`],
    ['TRUNCATE', `truncate audit_log`],
  ])('refuses %s, even for the table owner', async (_operation, statement) => {
    const error = await database.query(statement).catch((caught: unknown) => caught);
    expect(databaseErrorOf(error)?.message).toMatch(/append-only/);
    expect((await verify()).ok).toBe(true);
  });

  it('reports the first broken link after a row is edited behind the triggers', async () => {
    await database.query('alter table audit_log disable trigger audit_log_no_update_or_delete');
    await database.query(`update audit_log set resource = 'tenant:forged' where tenant_id = $1 and seq = 3`, [
      tenantId,
    ]);
    await database.query('alter table audit_log enable trigger audit_log_no_update_or_delete');
    expect(await verify()).toMatchObject({
      ok: false,
      firstBrokenSeq: 3,
      reason: expect.stringMatching(/altered/),
    });
  });
});
