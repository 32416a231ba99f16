import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { BlueprintProvider } from '../ai/index.js';
import { systemClock, type Clock } from '../kernel/index.js';
import type { Config } from './config.js';
import { migrateDatabase, openDatabase, type Database } from './db/index.js';
import { createHttpApp, SESSION_COOKIE, systemRoutes } from './http/index.js';
import { createAuditModule } from './modules/audit/index.js';
import {
  blueprintEventContracts,
  createBlueprintsModule,
  platformProjection,
} from './modules/blueprints/index.js';
import { createEventsModule, EventRegistry } from './modules/events/index.js';
import { createGenerationsModule, generationEventContracts } from './modules/generations/index.js';
import { createIdentityModule } from './modules/identity/index.js';
import {
  auditedGate,
  chatEventContracts,
  chatProjection,
  createOrchestratorModule,
  type ProviderFactory,
} from './modules/orchestrator/index.js';
import {
  createRuntimeModule,
  deploymentEventContracts,
  deploymentProjection,
  type RuntimeSettings,
} from './modules/runtime/index.js';
import { createTenancyModule } from './modules/tenancy/index.js';
import { createVault, loadKeyEncryptionKey } from './modules/vault/index.js';

export const VERSION = '0.1.0';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  /** The one-time setup token while the installation has no owner (also printed in the log). */
  setupToken: string | null;
  /** Resolves once every deployment that should run was started again (or marked failed). */
  reconciled: Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  log: Logger;
  clock?: Clock;
  /** Use this database instead of opening one from the config (tests). */
  database?: Database;
  /** Builds the AI provider of a name (tests pass a deterministic one). */
  providers?: ProviderFactory;
  /** Overrides of the runtime's settings (tests shorten restart backoff and drain time). */
  runtime?: Partial<RuntimeSettings>;
}

/** The composition root: config → database → modules → HTTP. The only place that wires modules together. */
export async function startServer(config: Config, options: StartOptions): Promise<RunningServer> {
  const { log } = options;
  const clock = options.clock ?? systemClock;
  const database =
    options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  log.info({ database: database.kind, location: database.location }, 'database opened');
  await migrateDatabase(database);

  const audit = createAuditModule({ db: database.db, clock });
  const tenancy = createTenancyModule({
    db: database.db,
    clock,
    // Tenancy looks people up by email without knowing identity's tables.
    users: {
      findByEmail: (tx, email) => identity.users.findByEmail(tx, email),
      findByIds: (tx, ids) => identity.users.findByIds(tx, ids),
    },
  });
  const identity = createIdentityModule({ db: database.db, clock, config, tenancy });
  const setupToken = await identity.prepareSetupToken(log);
  const events = createEventsModule({
    database,
    registry: new EventRegistry().register(
      ...blueprintEventContracts,
      ...chatEventContracts,
      ...generationEventContracts,
      ...deploymentEventContracts,
    ),
    projections: [platformProjection(clock), chatProjection(clock), deploymentProjection(clock)],
    onError: (err, where) => log.error({ err, where }, 'event processing failed'),
  });
  const blueprints = createBlueprintsModule({ store: events.store, clock, quotas: tenancy.quotas });
  const generations = createGenerationsModule({
    store: events.store,
    clock,
    // Generations read Blueprint versions through the blueprints service, never its tables.
    versions: {
      assertPlatformExists: (tx, tenantId, platformId) =>
        blueprints.service.assertExists(tx, tenantId, platformId),
      load: async (tx, tenantId, platformId, version) => {
        const detail =
          version === undefined
            ? (await blueprints.service.loadCurrent(tx, tenantId, platformId)).current
            : await blueprints.service.loadVersion(tx, tenantId, platformId, version);
        return { platformId, version: detail.version, blueprint: detail.blueprint };
      },
    },
  });
  const vault = createVault(
    await loadKeyEncryptionKey({ masterKeyBase64: config.masterKey?.reveal(), dataDir: config.dataDir }),
  );
  const runtime = createRuntimeModule({
    db: database.db,
    store: events.store,
    clock,
    log,
    vault,
    settings: { ...runtimeSettings(config), ...options.runtime },
    quotas: tenancy.quotas,
    platforms: {
      assertExists: (tx, tenantId, platformId) => blueprints.service.assertExists(tx, tenantId, platformId),
      loadBlueprint: async (tx, tenantId, platformId, version) =>
        (await blueprints.service.loadVersion(tx, tenantId, platformId, version)).blueprint,
      renamesBetween: (tx, tenantId, platformId, from, to) =>
        blueprints.service.renamesBetween(tx, tenantId, platformId, from, to),
    },
    generations: generations.service,
  });
  const orchestrator = createOrchestratorModule({
    store: events.store,
    blueprints: blueprints.service,
    providers: options.providers ?? configuredProviders(config),
    defaultProvider: config.ai.defaultProvider,
    gate: auditedGate(database.db, audit.recorder),
  });

  const app = createHttpApp({
    db: database.db,
    clock,
    log,
    version: VERSION,
    webDir: path.join(ROOT, 'dist/web'),
    previewFrameSource: `http://${config.runtime.previewPublicHost}:*`,
    authenticator: identity.authenticator,
    tenants: tenancy.resolver,
    audit: audit.recorder,
    secureCookies: config.secureCookies,
    routes: [
      ...systemRoutes({ version: VERSION, databaseKind: database.kind, startedAt: clock.now().getTime() }),
      ...identity.routes,
      ...tenancy.routes,
      ...audit.routes,
      ...events.routes,
      ...blueprints.routes,
      ...orchestrator.routes,
      ...generations.routes,
      ...runtime.routes,
    ],
  });

  await events.start();
  const server = createServer(app);
  await listen(server, config.port, config.host);
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  log.info({ url }, 'WebNova is serving');
  // Platforms come back in the background: WebNova serves meanwhile, and their previews follow.
  const reconciled = Promise.all([
    runtime.reconcile().catch((err: unknown) => log.error({ err }, 'bringing deployments back failed')),
    // Only new platforms need the template database; a failure here leaves deploys to make it.
    runtime
      .prepare()
      .catch((err: unknown) => log.warn({ err }, 'preparing the platform database template failed')),
  ]).then(() => undefined);
  return {
    url,
    port,
    database,
    setupToken,
    reconciled,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await reconciled;
      await runtime.shutdown();
      await events.stop();
      if (!options.database) await database.close();
    },
  };
}

function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * The providers the configuration allows, each built once, on first use: the AI code (and Claude's SDK)
 * loads only when a provider is needed. The API key goes to the provider and nowhere else.
 */
function configuredProviders(config: Config): ProviderFactory {
  const built = new Map<string, Promise<BlueprintProvider>>();
  const env = {
    ANTHROPIC_API_KEY: config.ai.anthropicApiKey?.reveal(),
    ANTHROPIC_MODEL: config.ai.anthropicModel,
    ANTHROPIC_BASE_URL: config.ai.anthropicBaseUrl,
    WEBNOVA_AI_TIMEOUT_MS: config.ai.timeoutMs?.toString(),
  };
  return (name) => {
    let provider = built.get(name);
    if (!provider) {
      provider = import('../ai/index.js').then(({ createProvider }) =>
        createProvider({ provider: name, env }),
      );
      // A refusal (Claude without a key) is the caller's to see each time, not to be cached.
      void provider.catch(() => built.delete(name));
      built.set(name, provider);
    }
    return provider;
  };
}

function runtimeSettings(config: Config): RuntimeSettings {
  const dir = path.join(config.dataDir, 'runtime');
  return {
    dir,
    nodeModulesDir: path.join(ROOT, 'node_modules'),
    previewBindHost: config.runtime.previewHost,
    previewPublicHost: config.runtime.previewPublicHost,
    databaseHost: config.runtime.databaseUrl
      ? { kind: 'postgres', adminUrl: config.runtime.databaseUrl }
      : { kind: 'embedded', rootDir: path.join(dir, 'databases') },
    memoryLimitMb: config.runtime.memoryLimitMb,
    drainTimeoutMs: 10_000,
    warmUp: true,
    strippedCookies: [SESSION_COOKIE],
  };
}
