import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../src/server/testing/index.js';
import { testDatabaseKinds } from '../src/server/db/index.js';

describe.each(testDatabaseKinds())('HTTP basics (%s)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.stop());

  it('reports liveness and database readiness', async () => {
    const response = await server.client().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: { kind, ok: true } });
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it('sets security headers with helmet', async () => {
    const response = await server.client().get('/api/health');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('exposes Prometheus metrics, including requests by route', async () => {
    await server.client().get('/api/health');
    const response = await fetch(`${server.url}/metrics`);
    const text = await response.text();
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(text).toMatch(
      /webnova_http_requests_total\{method="GET",route="\/api\/health",status="200"\} \d+/,
    );
    expect(text).toContain('webnova_process_cpu_seconds_total');
  });

  it('answers an unknown API route with a 404 problem', async () => {
    const response = await server.client().get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'not_found', status: 404, requestId: expect.any(String) });
  });

  it('refuses malformed JSON with a 400 problem', async () => {
    const response = await server.client().post('/api/auth/login', '{"email": ');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'bad_request',
      detail: expect.stringMatching(/not valid JSON/),
    });
  });

  it('refuses a body over 1 MB with a 413 problem', async () => {
    const huge = JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(1_100_000) });
    const response = await server.client().post('/api/auth/login', huge);
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'payload_too_large' });
  });

  it('keeps the caller’s request id when it is well-formed', async () => {
    const response = await server.client().get('/api/health', { 'x-request-id': 'trace-123' });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
  });
});
