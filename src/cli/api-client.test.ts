import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient } from './api-client.js';
import { ApiError } from './api-error.js';
import { CliError } from './cli-error.js';

const TENANT = '0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f70';

interface Sent {
  url: string;
  init: RequestInit;
}

/** A fetch that records what was sent and answers with `respond()`. */
function fakeFetch(respond: () => Response | Promise<Response>) {
  const sent: Sent[] = [];
  // The client always passes a string URL.
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    sent.push({ url, init: init ?? {} });
    return respond();
  }) as typeof fetch;
  return { sent, fetchImpl };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

const settings = { server: 'http://localhost:3000', token: 'wn_token', tenant: TENANT };

describe('ApiClient', () => {
  it('sends the token as Bearer, the tenant as X-Tenant-Id and the body as JSON', async () => {
    const { sent, fetchImpl } = fakeFetch(() => json(201, { ok: true }));
    await new ApiClient(settings, fetchImpl).post(
      '/api/auth/tokens',
      { name: 'ci' },
      z.object({ ok: z.boolean() }),
    );
    const headers = sent[0]!.init.headers as Record<string, string>;
    expect(sent[0]!.url).toBe('http://localhost:3000/api/auth/tokens');
    expect(headers.authorization).toBe('Bearer wn_token');
    expect(headers['x-tenant-id']).toBe(TENANT);
    expect(headers['content-type']).toBe('application/json');
    expect(sent[0]!.init.body).toBe('{"name":"ci"}');
  });

  it('sends no credentials it was not given', async () => {
    const { sent, fetchImpl } = fakeFetch(() => json(200, {}));
    await new ApiClient(
      { server: 'http://localhost:3000', token: undefined, tenant: undefined },
      fetchImpl,
    ).get('/api/health', z.object({}));
    const headers = sent[0]!.init.headers as Record<string, string>;
    expect(headers).not.toHaveProperty('authorization');
    expect(headers).not.toHaveProperty('x-tenant-id');
  });

  it('keeps the base path of a server behind a proxy', async () => {
    const { sent, fetchImpl } = fakeFetch(() => json(200, {}));
    await new ApiClient({ ...settings, server: 'https://example.org/webnova/' }, fetchImpl).get(
      '/api/x',
      z.object({}),
    );
    expect(sent[0]!.url).toBe('https://example.org/webnova/api/x');
  });

  it('turns problem+json into an ApiError with the detail and hint', async () => {
    const { fetchImpl } = fakeFetch(() =>
      json(
        409,
        {
          type: 'urn:webnova:problem:conflict',
          title: 'Conflict',
          status: 409,
          detail: 'This installation already has an owner',
          code: 'conflict',
          requestId: 'r1',
          hint: 'Sign in instead.',
        },
        'application/problem+json',
      ),
    );
    const failure = new ApiClient(settings, fetchImpl).post('/api/setup/owner', {}, z.unknown());
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({
      status: 409,
      message: 'This installation already has an owner',
      hint: 'Sign in instead.',
    });
  });

  it('says the server is not WebNova when an error is not a problem report', async () => {
    const { fetchImpl } = fakeFetch(
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    await expect(new ApiClient(settings, fetchImpl).get('/api/tenants', z.unknown())).rejects.toThrow(
      /answered 502 Bad Gateway to GET \/api\/tenants/,
    );
  });

  it('gives the friendly message when nothing listens at the address', async () => {
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    const { fetchImpl } = fakeFetch(() => Promise.reject(refused));
    await expect(new ApiClient(settings, fetchImpl).get('/api/tenants', z.unknown())).rejects.toThrow(
      'Cannot reach WebNova at http://localhost:3000: is it running? Start it with `webnova start` or set --server/WEBNOVA_SERVER.',
    );
  });

  it('finds the refusal inside an AggregateError (both IPv4 and IPv6 tried)', async () => {
    const both = new AggregateError([Object.assign(new Error('v6'), { code: 'ECONNREFUSED' })], 'all failed');
    const { fetchImpl } = fakeFetch(() => Promise.reject(new TypeError('fetch failed', { cause: both })));
    await expect(new ApiClient(settings, fetchImpl).get('/x', z.unknown())).rejects.toThrow(
      /Cannot reach WebNova/,
    );
  });

  it('refuses an answer that does not match the contract instead of printing nonsense', async () => {
    const { fetchImpl } = fakeFetch(() => json(200, { unexpected: true }));
    const failure = new ApiClient(settings, fetchImpl).get(
      '/api/auth/session',
      z.object({ user: z.object({}) }),
    );
    await expect(failure).rejects.toBeInstanceOf(CliError);
    await expect(failure).rejects.toThrow(/not what this CLI expects/);
  });
});
