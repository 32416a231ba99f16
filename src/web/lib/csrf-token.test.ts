import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { api, getCsrfToken, setCsrfToken } from './api-client.js';
import { ApiError } from './api-error.js';
import { createQueryClient } from './query-client.js';
import { sessionQueryKey } from './query-keys.js';

describe('the session CSRF token', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ ok: true }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it('is the one the api client sends, so streamed writes echo the same token', async () => {
    setCsrfToken('token-1');
    expect(getCsrfToken()).toBe('token-1');

    await api.post('/api/anything', z.object({ ok: z.boolean() }), { tenantId: null });

    const headers = fetchMock.mock.calls[0]![1]?.headers as Record<string, string>;
    expect(headers['X-CSRF-Token']).toBe(getCsrfToken());
  });

  it('is forgotten with the session when a request answers 401', async () => {
    const queryClient = createQueryClient();
    setCsrfToken('token-2');
    queryClient.setQueryData(sessionQueryKey, { csrfToken: 'token-2' });

    await queryClient
      .fetchQuery({
        queryKey: ['anything'],
        queryFn: () => Promise.reject(new ApiError(401, { code: 'unauthenticated', detail: 'Sign in' })),
        retry: false,
      })
      .catch(() => undefined);

    expect(queryClient.getQueryData(sessionQueryKey)).toBeNull();
    expect(getCsrfToken()).toBeNull();
  });
});
