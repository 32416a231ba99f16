import { expect } from 'vitest';
import type { TestClient, TestServer } from '../src/server/testing/index.js';

export interface Operation {
  method: string;
  path: string;
  tenantScoped: boolean;
  hasBody: boolean;
  pathParams: string[];
  queryParams: string[];
  bodyProperties: Record<string, { type?: string }>;
}

/** Every operation the server describes, read from its own OpenAPI document. */
export async function operationsOf(server: TestServer): Promise<Operation[]> {
  const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, OpenApiOperation>>;
  };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      const body = operation.requestBody?.content['application/json']?.schema;
      return {
        method: method.toUpperCase(),
        path,
        tenantScoped: parameters.some(
          (parameter) => parameter.in === 'header' && parameter.name === 'X-Tenant-Id',
        ),
        hasBody: body !== undefined,
        pathParams: parameters
          .filter((parameter) => parameter.in === 'path')
          .map((parameter) => parameter.name),
        queryParams: parameters
          .filter((parameter) => parameter.in === 'query')
          .map((parameter) => parameter.name),
        bodyProperties: body?.properties ?? {},
      };
    }),
  );
}

interface OpenApiOperation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema?: { properties?: Record<string, { type?: string }> } }> };
}

export const operationKey = (operation: { method: string; path: string }) =>
  `${operation.method} ${operation.path}`;

/** Signs a new person up in their own browser-like client; they get a tenant of their own. */
export async function signUp(
  server: TestServer,
  name: string,
): Promise<{ client: TestClient; userId: string; tenantId: string; email: string }> {
  const client = server.client();
  const email = `${name.toLowerCase()}@example.com`;
  const response = await client.post('/api/auth/signup', {
    email,
    password: 'correct horse battery',
    displayName: name,
  });
  expect(response.status, response.text).toBe(201);
  const tenantId = response.body.tenants[0].id as string;
  client.tenantId = tenantId;
  return { client, userId: response.body.user.id as string, tenantId, email };
}

/** Expects a refusal: a 4xx problem+json that says what is wrong, never a 5xx. */
export function expectProblem(
  response: { status: number; headers: Headers; body: { detail?: unknown } },
  status?: number,
): void {
  if (status) expect(response.status).toBe(status);
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(typeof response.body?.detail).toBe('string');
}
