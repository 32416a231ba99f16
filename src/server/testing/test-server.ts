import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { Clock } from '../../kernel/index.js';
import { loadConfig } from '../config.js';
import { createTestDatabase, type TestDatabase } from '../db/index.js';
import type { DatabaseKind } from '../db/index.js';
import type { ProviderFactory } from '../modules/orchestrator/index.js';
import { dropPlatformDatabase, PGLITE_VERSION, type RuntimeSettings } from '../modules/runtime/index.js';
import { startServer, type RunningServer } from '../start-server.js';
import { createScriptedProvider } from './scripted-provider.js';
import { TestClient } from './test-client.js';

export interface TestServer extends RunningServer {
  database: TestDatabase;
  /** A client with its own cookie jar; each call gives a new "browser". */
  client(): TestClient;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  /**
   * The AI providers: by default the deterministic scripted provider under every name; `configured`
   * uses what the configuration gives production (the offline analyzer, Claude with a key).
   */
  providers?: ProviderFactory | 'configured';
  /** Runtime settings to override (restart policy, drain time); see RuntimeSettings. */
  runtime?: Partial<RuntimeSettings>;
  /** The data directory (master key, runtime builds, platform databases); a fresh temporary one by default. */
  dataDir?: string;
}

/** A real WebNova server on a free port, on a fresh database of the given kind. */
export async function startTestServer(
  kind: DatabaseKind,
  overrides: Record<string, string> = {},
  clock?: Clock,
  options: TestServerOptions = {},
): Promise<TestServer> {
  const database = await createTestDatabase(kind);
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'webnova-test-'));
  const config = loadConfig({
    PORT: '0',
    WEBNOVA_DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    WEBNOVA_LOGIN_ATTEMPTS_PER_15_MIN: '1000',
    ...overrides,
  });
  const server = await startServer(config, {
    log: pino({ level: 'silent' }),
    database,
    ...(options.providers === 'configured'
      ? {}
      : { providers: options.providers ?? ((name) => createScriptedProvider({ name })) }),
    ...(clock ? { clock } : {}),
    runtime: {
      // Deployments make the template database when they first need it; most tests deploy nothing.
      warmUp: false,
      // Platform databases live where WebNova's test database does: PGlite directories, or PostgreSQL.
      databaseHost:
        kind === 'postgres' && process.env.TEST_DATABASE_URL
          ? { kind: 'postgres', adminUrl: process.env.TEST_DATABASE_URL }
          : {
              kind: 'embedded',
              rootDir: path.join(dataDir, 'runtime', 'databases'),
              // One empty template database for every test server: initdb takes seconds of CPU.
              templateDir: path.join(tmpdir(), `webnova-test-pglite-template-${PGLITE_VERSION}`),
            },
      ...options.runtime,
    },
  });
  return {
    ...server,
    database,
    client: () => new TestClient(server.url),
    stop: async () => {
      await server.close();
      await dropPlatformDatabases(database, kind);
      await database.drop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Platforms deployed on PostgreSQL got databases and roles of their own on the server: remove them too. */
async function dropPlatformDatabases(database: TestDatabase, kind: DatabaseKind): Promise<void> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (kind !== 'postgres' || !adminUrl) return;
  const rows = await database.query<{ platform_id: string }>(
    "select distinct platform_id from deployments where target = 'local'",
  );
  for (const row of rows) await dropPlatformDatabase({ kind: 'postgres', adminUrl }, row.platform_id);
}
