import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

/**
 * test/support/database-template.ts: vitest's global setup. It migrates one database and creates its
 * administrator once per run; every test file then starts from a copy instead of initialising its own.
 */
export function databaseTemplateFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'test/support/database-template.ts',
    code`
      import { randomBytes } from 'node:crypto';
      import { mkdtempSync, rmSync } from 'node:fs';
      import { tmpdir } from 'node:os';
      import path from 'node:path';
      import type { TestProject } from 'vitest/node';
      import { startServer } from '../../src/server/start.js';

      declare module 'vitest' {
        export interface ProvidedContext {
          /** The data directory every test file copies for a database of its own. */
          databaseTemplate: string;
        }
      }

      export const ADMIN = { email: 'admin@tests.local', password: 'administrator-password-1' };

      export default async function createDatabaseTemplate(project: TestProject): Promise<() => void> {
        const root = mkdtempSync(path.join(tmpdir(), 'test-database-template-'));
        const template = path.join(root, 'data');
        const server = await startServer({
          port: 0,
          host: '127.0.0.1',
          databaseUrl: undefined,
          dataDir: template,
          encryptionKey: randomBytes(32).toString('base64'),
          adminEmail: ADMIN.email,
          adminPassword: ADMIN.password,
          webRoot: './no-web-build-in-tests',
          seed: false,
        });
        await server.close();
        project.provide('databaseTemplate', template);
        return () => rmSync(root, { recursive: true, force: true });
      }
    `,
  );
}
