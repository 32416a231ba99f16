import { randomBytes } from 'node:crypto';
import type { PlatformAdminCredentials } from '../../../contracts/index.js';
import { withTenant, type AppTx } from '../../db/index.js';
import type { RuntimeDeps } from './deps.js';

/** What a platform process is given through its environment, kept in the vault between deployments. */
export interface PlatformSecrets {
  adminEmail: string;
  adminPassword: string;
  /** DATA_ENCRYPTION_KEY: the same for every version, or the encrypted fields written before are lost. */
  dataKey: string;
  databasePassword: string;
}

const nameOf = (platformId: string, secret: string) => `platform:${platformId}:${secret}`;

/**
 * The platform's secrets, made at its first deployment: the first administrator (email from the slug of
 * that version, kept when the slug changes later) with a random password, the key of its encrypted
 * fields and its database role's password.
 */
export function platformSecrets(
  deps: Pick<RuntimeDeps, 'db' | 'vault'>,
  tenantId: string,
  platformId: string,
  slug: string,
): Promise<PlatformSecrets> {
  const { vault } = deps;
  return withTenant(deps.db, { tenantId }, async (tx) => ({
    adminEmail: await vault.getOrCreate(
      tx,
      tenantId,
      nameOf(platformId, 'admin-email'),
      () => `admin@${slug}.local`,
    ),
    adminPassword: await vault.getOrCreate(tx, tenantId, nameOf(platformId, 'admin-password'), () =>
      randomBytes(18).toString('base64url'),
    ),
    dataKey: await vault.getOrCreate(tx, tenantId, nameOf(platformId, 'data-key'), () =>
      randomBytes(32).toString('base64'),
    ),
    databasePassword: await vault.getOrCreate(tx, tenantId, nameOf(platformId, 'database-password'), () =>
      randomBytes(24).toString('hex'),
    ),
  }));
}

/** The first administrator's sign-in, or null before the platform's first deployment. */
export async function readAdminCredentials(
  tx: AppTx,
  vault: RuntimeDeps['vault'],
  tenantId: string,
  platformId: string,
): Promise<PlatformAdminCredentials | null> {
  const email = await vault.get(tx, tenantId, nameOf(platformId, 'admin-email'));
  const password = await vault.get(tx, tenantId, nameOf(platformId, 'admin-password'));
  return email && password ? { email, password } : null;
}
