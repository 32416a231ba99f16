/**
 * Test support: a minimal JSON client for a generated platform's API, signed in with a bearer token.
 * @module
 */

export interface ApiResponse {
  status: number;
  body: Record<string, unknown>;
}

export interface PlatformApi {
  call(method: string, path: string, body?: unknown): Promise<ApiResponse>;
  /** Signs in; later calls carry the token. */
  signIn(email: string, password: string): Promise<ApiResponse>;
}

export function platformApi(baseUrl: string): PlatformApi {
  let token: string | undefined;
  const call = async (method: string, path: string, body?: unknown): Promise<ApiResponse> => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  return {
    call,
    signIn: async (email, password) => {
      const response = await call('POST', '/api/auth/login', { email, password });
      token = typeof response.body.token === 'string' ? response.body.token : undefined;
      return response;
    },
  };
}
