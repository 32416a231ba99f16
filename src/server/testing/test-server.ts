import { pino } from 'pino';
import type { Clock } from '../../kernel/index.js';
import { loadConfig } from '../config.js';
import { createTestDatabase, type TestDatabase } from '../db/index.js';
import type { DatabaseKind } from '../db/index.js';
import type { ProviderFactory } from '../modules/orchestrator/index.js';
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
}

/** A real WebNova server on a free port, on a fresh database of the given kind. */
export async function startTestServer(
  kind: DatabaseKind,
  overrides: Record<string, string> = {},
  clock?: Clock,
  options: TestServerOptions = {},
): Promise<TestServer> {
  const database = await createTestDatabase(kind);
  const config = loadConfig({
    PORT: '0',
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
  });
  return {
    ...server,
    database,
    client: () => new TestClient(server.url),
    stop: async () => {
      await server.close();
      await database.drop();
    },
  };
}
