/** A small HTTP client for integration tests: keeps cookies, echoes the CSRF token, sends the tenant header. */
export class TestClient {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;
  bearerToken: string | null = null;
  tenantId: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse> {
    const allHeaders: Record<string, string> = { accept: 'application/json', ...headers };
    if (body !== undefined) allHeaders['content-type'] ??= 'application/json';
    if (this.cookies.size)
      allHeaders.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (this.csrfToken) allHeaders['x-csrf-token'] ??= this.csrfToken;
    if (this.bearerToken) allHeaders.authorization ??= `Bearer ${this.bearerToken}`;
    if (this.tenantId) allHeaders['x-tenant-id'] ??= this.tenantId;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: allHeaders,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      if (!name) continue;
      const value = rest.join('=');
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    const text = await response.text();
    let json: unknown = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const result: TestResponse = {
      status: response.status,
      headers: response.headers,
      text,
      body: json as never,
    };
    const csrf = (json as { csrfToken?: unknown } | undefined)?.csrfToken;
    if (typeof csrf === 'string') this.csrfToken = csrf;
    return result;
  }

  get = (path: string, headers?: Record<string, string>) => this.request('GET', path, undefined, headers);
  post = (path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', path, body ?? {}, headers);
  put = (path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('PUT', path, body ?? {}, headers);
  patch = (path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('PATCH', path, body ?? {}, headers);
  delete = (path: string, headers?: Record<string, string>) =>
    this.request('DELETE', path, undefined, headers);
}

export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  // Tests read fields freely; the contracts are what is asserted.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}
