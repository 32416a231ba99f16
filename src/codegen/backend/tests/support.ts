import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

/** test/support/test-server.ts: a real server on a fresh copy of the template database, and an HTTP client. */
export function testServerFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'test/support/test-server.ts',
    code`
      import { randomBytes } from 'node:crypto';
      import { cpSync, mkdtempSync, rmSync } from 'node:fs';
      import { tmpdir } from 'node:os';
      import path from 'node:path';
      import { inject } from 'vitest';
      import { roleNames } from '../../src/shared/blueprint.js';
      import { startServer, type RunningServer } from '../../src/server/start.js';
      import { ADMIN } from './database-template.js';

      export { ADMIN };

      export type JsonObject = Record<string, unknown>;
      export type Page = { items: JsonObject[]; total: number; page: number; pageSize: number };

      export interface ApiResponse<Body> {
        status: number;
        body: Body;
      }

      export class ApiClient {
        constructor(
          private readonly baseUrl: string,
          readonly token?: string,
        ) {}

        get<Body = JsonObject>(path: string) {
          return this.send<Body>('GET', path);
        }
        post<Body = JsonObject>(path: string, body: unknown) {
          return this.send<Body>('POST', path, body);
        }
        patch<Body = JsonObject>(path: string, body: unknown) {
          return this.send<Body>('PATCH', path, body);
        }
        delete<Body = JsonObject>(path: string) {
          return this.send<Body>('DELETE', path);
        }

        private async send<Body>(method: string, path: string, body?: unknown): Promise<ApiResponse<Body>> {
          const headers: Record<string, string> = {};
          if (this.token) headers.authorization = 'Bearer ' + this.token;
          if (body !== undefined) headers['content-type'] = 'application/json';
          const response = await fetch(this.baseUrl + path, {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          const text = await response.text();
          return { status: response.status, body: (text ? JSON.parse(text) : {}) as Body };
        }
      }

      export interface TestServer {
        anonymous: ApiClient;
        admin: ApiClient;
        /** A user holding every role: creates the records the other tests need. */
        everyRole: ApiClient;
        /** Signs in a new user holding only the given roles. */
        userWithRoles(roles: string[]): Promise<ApiClient>;
        close(): Promise<void>;
      }

      let userCount = 0;

      /**
       * Each test file gets its own database: a copy of the migrated template made once per run, because
       * copying it takes a fraction of the seconds an empty database needs to initialise.
       */
      export async function startTestServer(): Promise<TestServer> {
        const dataDir = mkdtempSync(path.join(tmpdir(), 'test-database-'));
        cpSync(inject('databaseTemplate'), dataDir, { recursive: true });
        const server: RunningServer = await startServer({
          port: 0,
          host: '127.0.0.1',
          databaseUrl: undefined,
          dataDir,
          encryptionKey: randomBytes(32).toString('base64'),
          adminEmail: ADMIN.email,
          adminPassword: ADMIN.password,
          webRoot: './no-web-build-in-tests',
          seed: false,
        });
        const anonymous = new ApiClient(server.url);
        const signIn = async (email: string, password: string) => {
          const response = await anonymous.post<{ token: string }>('/api/auth/login', { email, password });
          if (response.status !== 200) throw new Error('Sign-in failed: ' + JSON.stringify(response.body));
          return new ApiClient(server.url, response.body.token);
        };
        const admin = await signIn(ADMIN.email, ADMIN.password);
        const userWithRoles = async (roles: string[]) => {
          userCount += 1;
          const email = 'user' + userCount + '@tests.local';
          const password = 'test-password-' + userCount;
          const created = await admin.post('/api/users', {
            email,
            name: 'Test user ' + userCount,
            password,
            roles,
          });
          if (created.status !== 201) throw new Error('Could not create a user: ' + JSON.stringify(created.body));
          return signIn(email, password);
        };
        return {
          anonymous,
          admin,
          everyRole: await userWithRoles([...roleNames]),
          userWithRoles,
          close: async () => {
            await server.close();
            rmSync(dataDir, { recursive: true, force: true });
          },
        };
      }

      /** Fails with the response body, which says why, rather than just the status. */
      export function expectStatus<Body>(response: ApiResponse<Body>, status: number): Body {
        if (response.status !== status) {
          throw new Error(
            'Expected HTTP ' + status + ' but got ' + response.status + ': ' + JSON.stringify(response.body),
          );
        }
        return response.body;
      }
    `,
  );
}
