import { Id } from '../contracts/index.js';
import { UsageError } from './cli-error.js';

export const DEFAULT_SERVER = 'http://localhost:3000';

/** The options every API command shares (declared once on the program in main.ts). */
export interface GlobalOptions {
  server?: string | undefined;
  token?: string | undefined;
  tenant?: string | undefined;
  json?: boolean | undefined;
}

export interface Settings {
  server: string;
  token: string | undefined;
  tenant: string | undefined;
  json: boolean;
}

/**
 * Flags win over the environment, which wins over defaults. Checked here, before any request, so a
 * typo gets a usage error naming the flag rather than a confusing answer from the server.
 */
export function resolveSettings(options: GlobalOptions, env: NodeJS.ProcessEnv): Settings {
  const server = pick(options.server, env.WEBNOVA_SERVER) ?? DEFAULT_SERVER;
  if (!isHttpUrl(server)) {
    throw new UsageError(
      `--server/WEBNOVA_SERVER must be an http:// or https:// URL, not '${server}'`,
      `For example --server ${DEFAULT_SERVER}`,
    );
  }
  const tenant = pick(options.tenant, env.WEBNOVA_TENANT);
  if (tenant !== undefined && !Id.safeParse(tenant).success) {
    throw new UsageError(
      `--tenant/WEBNOVA_TENANT must be a tenant id (a UUID), not '${tenant}'`,
      '`webnova tenants list` shows the ids of your tenants.',
    );
  }
  return { server, token: pick(options.token, env.WEBNOVA_TOKEN), tenant, json: options.json === true };
}

/** An empty variable (`WEBNOVA_TOKEN= webnova ...`) means "not set", as it does for the server's config. */
function pick(flag: string | undefined, variable: string | undefined): string | undefined {
  if (flag !== undefined && flag !== '') return flag;
  return variable !== undefined && variable !== '' ? variable : undefined;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
