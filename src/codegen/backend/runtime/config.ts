import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

export function configFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'src/server/config.ts',
    code`
      import { z } from 'zod';

      const environmentSchema = z.object({
        PORT: z.coerce.number().int().min(0).max(65535).default(3000),
        HOST: z.string().min(1).default('127.0.0.1'),
        /** A PostgreSQL URL; when absent the platform runs on embedded PGlite in DATA_DIR. */
        DATABASE_URL: z.string().min(1).optional(),
        DATA_DIR: z.string().min(1).default('./data'),
        /** 32 random bytes in base64, for the fields encrypted at rest. */
        DATA_ENCRYPTION_KEY: z.string().min(1).optional(),
        ADMIN_EMAIL: z.email().default(${`'admin@${model.slug}.local'`}),
        ADMIN_PASSWORD: z.string().min(12).optional(),
        WEB_ROOT: z.string().min(1).default('./dist/web'),
        /** 1: write the sample records at start (safe to repeat: rows already there are skipped). */
        SEED: z.enum(['0', '1']).default('0'),
      });

      export interface AppConfig {
        port: number;
        host: string;
        databaseUrl: string | undefined;
        /** PGlite directory; undefined with no databaseUrl means an in-memory database (tests). */
        dataDir: string | undefined;
        encryptionKey: string | undefined;
        adminEmail: string;
        adminPassword: string | undefined;
        webRoot: string;
        seed: boolean;
      }

      export function loadConfig(environment: NodeJS.ProcessEnv): AppConfig {
        const parsed = environmentSchema.safeParse(environment);
        if (!parsed.success) {
          const problems = parsed.error.issues.map((issue) => issue.path.join('.') + ': ' + issue.message);
          throw new Error('Invalid environment: ' + problems.join('; ') + '. Fix these variables and start again.');
        }
        const env = parsed.data;
        return {
          port: env.PORT,
          host: env.HOST,
          databaseUrl: env.DATABASE_URL,
          dataDir: env.DATA_DIR,
          encryptionKey: env.DATA_ENCRYPTION_KEY,
          adminEmail: env.ADMIN_EMAIL,
          adminPassword: env.ADMIN_PASSWORD,
          webRoot: env.WEB_ROOT,
          seed: env.SEED === '1',
        };
      }
    `,
  );
}
