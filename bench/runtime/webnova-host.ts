/**
 * WebNova in this process, on a fresh temporary data directory with embedded PGlite and the configured
 * AI providers (the offline analyzer: no ANTHROPIC_API_KEY is passed on). One person signs up; being the
 * first, they are the installation's root owner and move their own tenant to a tier with room for every
 * platform the bench creates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../../src/server/config.js';
import { TestClient } from '../../src/server/testing/index.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';

export interface WebNovaHost {
  server: RunningServer;
  client: TestClient;
  dataDir: string;
  /** Where the runtime keeps each platform's PGlite directory. */
  platformDatabaseDir(platformId: string): string;
  /** Where the runtime caches builds by content hash. */
  buildsDir: string;
  close(): Promise<void>;
}

export async function startWebNovaHost(): Promise<WebNovaHost> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'webnova-bench-runtime-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    WEBNOVA_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    WEBNOVA_AI_PROVIDER: 'offline',
  });
  const server = await startServer(config, { log: pino({ level: 'silent' }) });
  const client = new TestClient(server.url);
  const signUp = await client.post('/api/auth/signup', {
    email: 'bench@example.com',
    password: 'a long enough password',
    displayName: 'Bench',
    ...(server.setupToken ? { setupToken: server.setupToken } : {}),
  });
  if (signUp.status !== 201) throw new Error(`sign-up failed (${signUp.status}): ${signUp.text}`);
  const tenantId = (signUp.body as { tenants: { id: string }[] }).tenants[0]?.id;
  if (!tenantId) throw new Error(`sign-up created no tenant: ${signUp.text}`);
  client.tenantId = tenantId;
  const tier = await client.put(`/api/admin/tenants/${tenantId}/tier`, { tier: 'enterprise' });
  if (tier.status !== 200) throw new Error(`raising the tier failed (${tier.status}): ${tier.text}`);
  const runtimeDir = path.join(dataDir, 'runtime');
  return {
    server,
    client,
    dataDir,
    platformDatabaseDir: (platformId) => path.join(runtimeDir, 'databases', platformId),
    buildsDir: path.join(runtimeDir, 'builds'),
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
