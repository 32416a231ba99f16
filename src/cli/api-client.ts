import type { z } from 'zod';
import { ProblemDetails } from '../contracts/index.js';
import { ApiError } from './api-error.js';
import { CliError } from './cli-error.js';
import type { Settings } from './settings.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Errors from fetch that mean "nothing answered at that address", as opposed to a refusal. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ETIMEDOUT',
]);

/**
 * A thin client for the WebNova API: sends the credentials and tenant the user chose, turns
 * problem+json into {@link ApiError}, and checks every answer against its contract so a server of
 * another version fails loudly instead of printing nonsense.
 */
export class ApiClient {
  constructor(
    private readonly settings: Pick<Settings, 'server' | 'token' | 'tenant'>,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
    return this.request('GET', path, schema);
  }

  post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>> {
    return this.request('POST', path, schema, body);
  }

  put<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>> {
    return this.request('PUT', path, schema, body);
  }

  /** For routes that answer 204 No Content. */
  async delete(path: string): Promise<void> {
    await this.send('DELETE', path);
  }

  async request<S extends z.ZodType>(
    method: Method,
    path: string,
    schema: S,
    body?: unknown,
  ): Promise<z.output<S>> {
    const response = await this.send(method, path, body);
    const parsed = schema.safeParse(await readJson(response));
    if (!parsed.success) {
      throw new CliError(`The server's answer to ${method} ${path} is not what this CLI expects`, {
        hint: 'The server and the CLI may be different WebNova versions; update the one that is older.',
      });
    }
    return parsed.data;
  }

  private async send(method: Method, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.settings.token) headers.authorization = `Bearer ${this.settings.token}`;
    if (this.settings.tenant) headers['x-tenant-id'] = this.settings.tenant;
    let response: Response;
    try {
      response = await this.fetchImpl(urlOf(this.settings.server, path), {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw unreachable(this.settings.server, error);
    }
    if (!response.ok) throw await refusal(method, path, response);
    return response;
  }
}

/** Keeps any base path of the server URL, e.g. a WebNova behind a proxy at https://example.org/webnova. */
function urlOf(server: string, path: string): string {
  return `${server.replace(/\/+$/, '')}${path}`;
}

export function cannotReach(server: string): CliError {
  return new CliError(
    `Cannot reach WebNova at ${server}: is it running? Start it with \`webnova start\` or set --server/WEBNOVA_SERVER.`,
  );
}

function unreachable(server: string, error: unknown): CliError {
  const code = networkCodeOf(error);
  if (code === undefined || UNREACHABLE.has(code)) return cannotReach(server);
  return new CliError(`Cannot talk to WebNova at ${server}: ${code}`, {
    hint: 'Check --server/WEBNOVA_SERVER and your network.',
  });
}

/** fetch wraps the socket error: `TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })`, sometimes nested. */
function networkCodeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const errors = (current as { errors?: unknown }).errors;
    current = Array.isArray(errors) && errors.length ? errors[0] : (current as { cause?: unknown }).cause;
  }
  return undefined;
}

async function refusal(method: Method, path: string, response: Response): Promise<CliError> {
  const problem = ProblemDetails.safeParse(await readJson(response));
  if (problem.success) return new ApiError(problem.data);
  return new CliError(
    `The server answered ${response.status} ${response.statusText} to ${method} ${path}, without a WebNova problem report`,
    {
      hint: 'Check that --server/WEBNOVA_SERVER points at a WebNova server, not another service or a proxy page.',
    },
  );
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
