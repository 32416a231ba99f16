import path from 'node:path';
import type { GeneratedFile } from '../../../codegen/index.js';
import { buildPlatform, type BuiltPlatform } from './build/index.js';
import { provisionPlatformDatabase } from './databases/index.js';
import type { RuntimeDeps } from './deps.js';
import { platformSecrets } from './platform-secrets.js';
import type { RunningInstance } from './platform-slot.js';
import { freePort, Supervisor, type SupervisorEvent } from './supervisor/index.js';

export interface InstanceRequest {
  tenantId: string;
  platformId: string;
  deploymentId: string;
  slug: string;
  files: readonly GeneratedFile[];
  contentHash: string;
}

/** A built platform with its database and environment, ready to start. */
export interface PreparedInstance {
  request: InstanceRequest;
  built: BuiltPlatform;
  env: Record<string, string>;
  databaseLabel: string;
}

/** Where a deployment's own files (log, pid) live. */
export function deploymentDir(deps: Pick<RuntimeDeps, 'settings'>, deploymentId: string): string {
  return path.join(deps.settings.dir, 'deployments', deploymentId);
}

export function buildInstance(
  deps: Pick<RuntimeDeps, 'settings'>,
  request: InstanceRequest,
): Promise<BuiltPlatform> {
  return buildPlatform({
    files: request.files,
    contentHash: request.contentHash,
    dir: path.join(deps.settings.dir, 'builds', request.contentHash),
    nodeModulesDir: deps.settings.nodeModulesDir,
  });
}

/**
 * The platform's database (created on first use) and its environment. The child gets only what it needs:
 * none of WebNova's own variables (its database URL, API keys) reach generated code.
 */
export async function provisionInstance(
  deps: Pick<RuntimeDeps, 'settings' | 'db' | 'vault'>,
  request: InstanceRequest,
  built: BuiltPlatform,
): Promise<PreparedInstance> {
  const secrets = await platformSecrets(deps, request.tenantId, request.platformId, request.slug);
  const database = await provisionPlatformDatabase(deps.settings.databaseHost, {
    platformId: request.platformId,
    password: secrets.databasePassword,
  });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    ADMIN_EMAIL: secrets.adminEmail,
    ADMIN_PASSWORD: secrets.adminPassword,
    DATA_ENCRYPTION_KEY: secrets.dataKey,
    ...database.env,
    ...built.env,
  };
  return { request, built, env, databaseLabel: database.label };
}

/**
 * Starts the prepared platform on a free port and resolves once its health check passes; rejects with
 * the supervisor's StartFailure (reason and last log lines) otherwise, leaving nothing running.
 */
export async function startInstance(
  deps: Pick<RuntimeDeps, 'settings'>,
  prepared: PreparedInstance,
  onEvent: (event: SupervisorEvent) => void,
): Promise<RunningInstance> {
  const port = await freePort();
  const dir = deploymentDir(deps, prepared.request.deploymentId);
  const { built } = prepared;
  const supervisor = new Supervisor({
    launch: {
      command: built.command,
      args: [`--max-old-space-size=${deps.settings.memoryLimitMb}`, ...built.args],
      cwd: built.dir,
      env: { ...prepared.env, PORT: String(port) },
    },
    healthUrl: `http://127.0.0.1:${port}/health`,
    logFile: path.join(dir, 'app.log'),
    pidFile: path.join(dir, 'app.pid'),
    memoryLimitMb: deps.settings.memoryLimitMb,
    policy: deps.settings.policy,
    onEvent,
  });
  await supervisor.start();
  return {
    deploymentId: prepared.request.deploymentId,
    supervisor,
    upstream: `http://127.0.0.1:${port}`,
    buildDir: built.dir,
  };
}
