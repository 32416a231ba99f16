import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/index.js';
import { startTestServer, type TestClient, type TestServer } from '../../testing/index.js';

const LeadSchema = {
  type: 'object',
  required: ['name', 'score'],
  properties: { name: { type: 'string', minLength: 1 }, score: { type: 'integer', minimum: 0 } },
  additionalProperties: false,
};

describe.each(testDatabaseKinds())('tenant JSON Schemas for unregistered event types (%s)', (kind) => {
  let server: TestServer;
  let alice: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    alice = server.client();
    const response = await alice.post('/api/auth/signup', {
      email: 'alice@example.com',
      password: 'correct horse battery',
      displayName: 'Alice',
    });
    expect(response.status, response.text).toBe(201);
    alice.tenantId = response.body.tenants[0].id as string;
  });
  afterAll(() => server.stop());

  it('registers a schema, lists it, and replaces it on a second PUT', async () => {
    const put = await alice.put('/api/events/schemas/crm.LeadScored', { ...LeadSchema, required: ['name'] });
    expect(put.status, put.text).toBe(200);
    const replaced = await alice.put('/api/events/schemas/crm.LeadScored', LeadSchema);
    expect(replaced.status, replaced.text).toBe(200);
    const list = await alice.get('/api/events/schemas');
    expect(list.body).toEqual([expect.objectContaining({ type: 'crm.LeadScored', schema: LeadSchema })]);
  });

  it('checks appends of that type against the schema, naming every failing path', async () => {
    const ok = await alice.post('/api/events/streams/lead-1', {
      events: [{ type: 'crm.LeadScored', data: { name: 'Lina', score: 3 } }],
    });
    expect(ok.status, ok.text).toBe(201);
    const bad = await alice.post('/api/events/streams/lead-1', {
      events: [
        { type: 'crm.Unchecked', data: { anything: true } },
        { type: 'crm.LeadScored', data: { score: -1, extra: 1 } },
      ],
    });
    expect(bad.status, bad.text).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect((bad.body.errors as { path: string }[]).map((problem) => problem.path).sort()).toEqual([
      'events.1.data.extra',
      'events.1.data.name',
      'events.1.data.score',
    ]);
    // Nothing of the refused batch was written, not even the event that had no schema.
    const stream = await alice.get('/api/events/streams/lead-1');
    expect(stream.body.version).toBe(1);
  });

  it('refuses bodies that are not usable JSON Schemas with a 400', async () => {
    const refusals = [
      { type: 5 },
      { type: 'object', propertees: {} },
      { $ref: 'https://example.com/other.json' },
      { type: 'object', properties: { name: { type: 'string', pattern: '(' } } },
      { type: 'object', description: 'x'.repeat(70 * 1024) },
    ];
    for (const schema of refusals) {
      const response = await alice.put('/api/events/schemas/crm.Broken', schema);
      expect(response.status, JSON.stringify(schema).slice(0, 80)).toBe(400);
      expect(typeof response.body.detail).toBe('string');
    }
    expect((await alice.get('/api/events/schemas')).body).toHaveLength(1);
  });
});
