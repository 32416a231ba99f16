import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

export function appFiles(model: CodegenModel): GeneratedFile[] {
  return [
    sourceFile(
      model,
      'src/server/app.ts',
      code`
        import { existsSync } from 'node:fs';
        import path from 'node:path';
        import express, { Router, type Express } from 'express';
        import { registerCustomRoutes } from '../custom/routes.js';
        import { authenticate } from './auth/authenticate.js';
        import { authRoutes } from './auth/auth-routes.js';
        import { userRoutes } from './auth/user-routes.js';
        import type { Db } from './db/client.js';
        import { notFound, problemHandler } from './http/problem.js';
        import { openApiDocument } from './openapi/document.js';
        ${model.dataSubjectRights && "import { privacyRoutes } from './privacy/privacy-routes.js';"}
        import { resources } from './resources/index.js';
        import { resourceRouter } from './resources/kit/resource-router.js';
        import type { FieldCipher } from './security/field-encryption.js';

        export interface AppServices {
          db: Db;
          cipher: FieldCipher;
          /** dist/web, served at / when it exists. */
          webRoot: string;
        }

        export function createApp(services: AppServices): Express {
          const app = express();
          app.disable('x-powered-by');
          app.use(express.json({ limit: '15mb' }));

          const health = (_req: express.Request, res: express.Response) => {
            res.json({ status: 'ok' });
          };
          app.get('/health', health);

          const api = Router();
          api.get('/health', health);
          api.get('/openapi.json', (_req, res) => {
            res.json(openApiDocument());
          });
          api.use(authenticate(services.db));
          api.use('/auth', authRoutes(services.db));
          api.use('/users', userRoutes(services.db));
          for (const definition of resources.values()) {
            api.use('/' + definition.path, resourceRouter(definition, services, resources));
          }
          ${model.dataSubjectRights && "api.use('/privacy', privacyRoutes(services, resources));"}
          registerCustomRoutes(api, services.db);
          api.use((req) => {
            throw notFound(\`There is no API route \${req.method} \${req.originalUrl}; see /api/openapi.json.\`);
          });
          app.use('/api', api);

          const webRoot = path.resolve(services.webRoot);
          if (existsSync(path.join(webRoot, 'index.html'))) {
            app.use(express.static(webRoot));
            app.get('/{*rest}', (_req, res) => {
              res.sendFile(path.join(webRoot, 'index.html'));
            });
          }
          app.use(problemHandler);
          return app;
        }
      `,
    ),
    sourceFile(
      model,
      'src/server/start.ts',
      code`
        import type { AddressInfo } from 'node:net';
        import { hasEncryptedFields } from '../shared/blueprint.js';
        import { createApp } from './app.js';
        import { bootstrapAdministrator } from './auth/bootstrap-administrator.js';
        import type { AppConfig } from './config.js';
        import { openDatabase } from './db/client.js';
        import { migrate } from './db/migrate.js';
        import { FieldCipher } from './security/field-encryption.js';
        import { seedDatabase, type SeedReport } from './seed/seed.js';

        export interface RunningServer {
          url: string;
          /** Set on the first start only, when the administrator's password was generated. */
          firstAdministrator: { email: string; generatedPassword: string | undefined } | undefined;
          /** Set when SEED=1 asked for the sample records. */
          seeded: SeedReport | undefined;
          close(): Promise<void>;
        }

        /** Database, migrations, first administrator, then HTTP: the order a fresh install needs. */
        export async function startServer(config: AppConfig): Promise<RunningServer> {
          const cipher = FieldCipher.fromBase64Key(config.encryptionKey, hasEncryptedFields);
          const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
          try {
            const { firstAdministrator, seeded } = await database.exclusively(async () => {
              await migrate(database);
              return {
                firstAdministrator: await bootstrapAdministrator(
                  database.db,
                  config.adminEmail,
                  config.adminPassword,
                ),
                seeded: config.seed ? await seedDatabase(database.db, cipher, config.adminEmail) : undefined,
              };
            });
            const app = createApp({ db: database.db, cipher, webRoot: config.webRoot });
            const server = app.listen(config.port, config.host);
            await new Promise<void>((resolve, reject) => {
              server.once('listening', resolve);
              server.once('error', reject);
            });
            const { port } = server.address() as AddressInfo;
            return {
              url: 'http://' + config.host + ':' + port,
              firstAdministrator,
              seeded,
              close: async () => {
                await new Promise<void>((resolve) => server.close(() => resolve()));
                await database.close();
              },
            };
          } catch (error) {
            await database.close();
            throw error;
          }
        }
      `,
    ),
    sourceFile(
      model,
      'src/server/main.ts',
      code`
        import { loadConfig } from './config.js';
        import { startServer } from './start.js';

        try {
          const server = await startServer(loadConfig(process.env));
          if (server.seeded) console.log('Seeded ' + server.seeded.inserted + ' sample records.');
          console.log(${`'${model.name.replaceAll("'", "\\'")} is running at '`} + server.url);
          const first = server.firstAdministrator;
          if (first?.generatedPassword) {
            console.log('First administrator: ' + first.email + ' / ' + first.generatedPassword);
            console.log('This password is shown only once: sign in and keep it safe.');
          }
          const stop = () => {
            void server.close().then(() => process.exit(0));
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        } catch (error) {
          console.error(error instanceof Error ? error.message : error);
          process.exit(1);
        }
      `,
    ),
  ];
}
