import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../src/server/db/index.js';
import { startTestServer, type TestClient, type TestServer } from '../src/server/testing/index.js';
import { expectProblem, operationKey, operationsOf, signUp, type Operation } from './api-fixture.js';

const UNKNOWN_ID = '0190f5d2-7c1e-7a3b-9f10-ffffffffffff';

/** A path with every parameter filled in, by a valid-looking id unless `value` says otherwise. */
const pathWith = (operation: Operation, value = UNKNOWN_ID) =>
  operation.pathParams.reduce((path, name) => path.replace(`{${name}}`, value), operation.path);

/** A body whose every field has the wrong type. */
function wronglyTypedBody(operation: Operation): Record<string, unknown> {
  const entries = Object.entries(operation.bodyProperties).map(([name, property]) => [
    name,
    property.type === 'string' ? { not: 'a string' } : 'not-the-right-type',
  ]);
  return Object.fromEntries(entries.length ? entries : [['unexpected', 1]]);
}

describe.each(testDatabaseKinds())(
  'bad input on every route gives a 4xx problem, never a 5xx (%s)',
  (kind) => {
    let server: TestServer;
    let client: TestClient;
    let operations: Operation[];

    beforeAll(async () => {
      server = await startTestServer(kind);
      // The first account is the ROOT_OWNER, so root-only routes are reached as well.
      ({ client } = await signUp(server, 'Root'));
      operations = (await operationsOf(server)).filter((operation) => operation.path !== '/api/auth/logout');
    });
    afterAll(() => server.stop());

    it('refuses malformed JSON, wrong types, unknown fields and oversized bodies', async () => {
      const withBody = operations.filter((operation) => operation.hasBody);
      expect(withBody.length).toBeGreaterThan(5);
      for (const operation of withBody) {
        const path = pathWith(operation);
        const label = operationKey(operation);
        const malformed = await client.request(operation.method, path, '{"broken": ');
        expectProblem(malformed, 400);
        const wrongTypes = await client.request(operation.method, path, wronglyTypedBody(operation));
        expect(wrongTypes.status, `${label} wrong types: ${wrongTypes.text}`).toBeGreaterThanOrEqual(400);
        expectProblem(wrongTypes);
        const unknownField = await client.request(operation.method, path, {
          ...wronglyTypedBody(operation),
          surpriseField: true,
        });
        expectProblem(unknownField);
        const oversized = await client.request(
          operation.method,
          path,
          JSON.stringify({ pad: 'x'.repeat(1_100_000) }),
        );
        expectProblem(oversized, 413);
        const notJson = await client.request(operation.method, path, 'email=a', {
          'content-type': 'text/plain',
        });
        expectProblem(notJson);
      }
    });

    it('refuses path parameters that no id can be', async () => {
      const withParams = operations.filter((operation) => operation.pathParams.length > 0);
      expect(withParams.length).toBeGreaterThan(2);
      for (const operation of withParams) {
        const response = await client.request(
          operation.method,
          pathWith(operation, encodeURIComponent('not an id!')),
          operation.hasBody ? {} : undefined,
        );
        expect(response.status, operationKey(operation)).toBe(400);
        expectProblem(response);
      }
    });

    it('refuses query parameters out of range', async () => {
      const withQuery = operations.filter((operation) => operation.queryParams.includes('limit'));
      for (const operation of withQuery) {
        const response = await client.request(operation.method, `${pathWith(operation)}?limit=-5`);
        expectProblem(response, 400);
      }
    });

    it('refuses a tenant header that is missing, malformed or unknown', async () => {
      const tenantRoute = operations.find(
        (operation) => operation.tenantScoped && operation.method === 'GET' && !operation.pathParams.length,
      );
      expect(tenantRoute).toBeDefined();
      expectProblem(await client.request('GET', tenantRoute!.path, undefined, { 'x-tenant-id': '' }), 400);
      expectProblem(
        await client.request('GET', tenantRoute!.path, undefined, { 'x-tenant-id': 'tenant-one' }),
        400,
      );
      expectProblem(
        await client.request('GET', tenantRoute!.path, undefined, { 'x-tenant-id': UNKNOWN_ID }),
        404,
      );
    });

    it('left nothing half-written: the audit chains still verify', async () => {
      expect((await client.get('/api/audit/verify')).body).toMatchObject({ ok: true });
      expect((await client.get('/api/admin/audit/verify')).body).toMatchObject({ ok: true });
    });
  },
);
