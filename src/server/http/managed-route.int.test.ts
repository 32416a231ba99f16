import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../kernel/index.js';
import { createTestDatabase, type TestDatabase } from '../db/index.js';
import { parseEventStream } from '../testing/index.js';
import { startStubApp } from './stub-app.test-support.js';
import type { AuditEntryInput } from './ports.js';
import { defineManagedRoute } from './route.js';

const TENANT = '0190f5d2-7c1e-7a3b-9f10-00000000aa01';
const USER = '0190f5d2-7c1e-7a3b-9f10-00000000bb01';
const Progress = z.object({ step: z.number().int() });
const Done = z.object({ steps: z.number().int() });

/**
 * The route kit's managed routes on their own, with fake ports: transactions on demand, one audited
 * commit, and server-sent events that open lazily.
 */
describe('managed routes', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof startStubApp>>;
  let url: string;
  const audited: AuditEntryInput[] = [];
  let transactionsBeforeCommit = 0;

  const streaming = defineManagedRoute({
    method: 'post',
    path: '/api/work',
    summary: 'Work that streams its progress',
    tag: 'test',
    access: { tenantRole: 'viewer' },
    body: z.strictObject({ steps: z.number().int().min(0), fail: z.enum(['early', 'late']).optional() }),
    response: Done,
    stream: { events: { progress: Progress } },
    audit: { action: 'work.do', resource: (_input, result) => `work:${result?.steps ?? 'none'}` },
    handler: async (context, { body }) => {
      transactionsBeforeCommit = await context.transaction(() =>
        Promise.resolve(transactionsBeforeCommit + 1),
      );
      if (body.fail === 'early') throw new AppError('unprocessable', 'Cannot start this work');
      for (let step = 1; step <= body.steps; step += 1) context.events?.send('progress', { step });
      if (body.fail === 'late') throw new AppError('upstream_timeout', 'The work took too long');
      return context.commit(() => Promise.resolve({ steps: body.steps, internal: 'not declared' }));
    },
  });
  const twice = defineManagedRoute({
    method: 'post',
    path: '/api/twice',
    summary: 'Commits twice, which the kit refuses',
    tag: 'test',
    access: { tenantRole: 'viewer' },
    response: Done,
    audit: { action: 'work.twice', resource: () => 'work:twice' },
    handler: async (context) => {
      await context.commit(() => Promise.resolve({ steps: 1 }));
      return context.commit(() => Promise.resolve({ steps: 2 }));
    },
  });

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = await startStubApp(
      database.db,
      { userId: USER, email: 'worker@example.com', tenant: { id: TENANT, slug: 't', name: 'T' } },
      [streaming, twice],
      (_tx, _tenantId, entry) => {
        audited.push(entry);
        return Promise.resolve();
      },
    );
    url = app.url;
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const call = (path: string, body: unknown, accept = 'application/json') =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: {
        accept,
        authorization: 'Bearer good',
        'x-tenant-id': TENANT,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });

  it('answers JSON, checked against the response contract, and audits the commit', async () => {
    audited.length = 0;
    const response = await call('/api/work', { steps: 2 });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ steps: 2 });
    expect(transactionsBeforeCommit).toBeGreaterThan(0);
    expect(audited).toEqual([
      expect.objectContaining({ action: 'work.do', resource: 'work:2', result: 'success' }),
    ]);
  });

  it('streams declared events, then the result, when the client asks for text/event-stream', async () => {
    const response = await call('/api/work', { steps: 3 }, 'text/event-stream');
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(parseEventStream(await response.text())).toEqual([
      { event: 'progress', data: { step: 1 } },
      { event: 'progress', data: { step: 2 } },
      { event: 'progress', data: { step: 3 } },
      { event: 'result', data: { steps: 3 } },
    ]);
  });

  it('answers a refusal before the first event with its own status, and one after it as an error event', async () => {
    audited.length = 0;
    const early = await call('/api/work', { steps: 1, fail: 'early' }, 'text/event-stream');
    expect(early.status).toBe(422);
    expect(early.headers.get('content-type')).toContain('application/problem+json');

    const late = await call('/api/work', { steps: 1, fail: 'late' }, 'text/event-stream');
    expect(late.status).toBe(200);
    const events = parseEventStream(await late.text());
    expect(events.map((event) => event.event)).toEqual(['progress', 'error']);
    expect(events[1]!.data).toMatchObject({
      status: 504,
      code: 'upstream_timeout',
      detail: 'The work took too long',
    });
    expect(audited.map((entry) => entry.result)).toEqual(['failure', 'failure']);
  });

  it('still parses and authorizes as any route: a bad body is a 400, a stranger a 401', async () => {
    expect((await call('/api/work', { steps: -1 })).status).toBe(400);
    const anonymous = await fetch(`${url}/api/work`, { method: 'POST', headers: { 'x-tenant-id': TENANT } });
    expect(anonymous.status).toBe(401);
  });

  it('refuses a handler that commits twice', async () => {
    const response = await call('/api/twice', {});
    expect(response.status).toBe(500);
  });
});
