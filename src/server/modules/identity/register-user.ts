import type { TenantSummary, User } from '../../../contracts/index.js';
import { newId } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { IdentityDeps } from './identity-deps.js';
import { hashPassword } from './passwords.js';
import { insertUser, toUser } from './user-records.js';

export interface Registration {
  email: string;
  password: string;
  displayName: string;
  isRootOwner: boolean;
}

/** Creates an account and its first tenant together, so nobody is left signed up with nowhere to work. */
export async function registerUser(
  tx: AppTx,
  deps: Pick<IdentityDeps, 'clock' | 'tenancy'>,
  registration: Registration,
): Promise<{ user: User; tenant: TenantSummary }> {
  const row = await insertUser(tx, {
    id: newId(),
    email: registration.email,
    passwordHash: await hashPassword(registration.password),
    displayName: registration.displayName,
    isRootOwner: registration.isRootOwner,
    createdAt: deps.clock.now(),
  });
  const tenant = await deps.tenancy.createTenant(tx, {
    name: firstTenantName(registration.displayName),
    ownerId: row.id,
  });
  return { user: toUser(row), tenant };
}

/** Tenant names stop at 120 characters, display names too: shorten the person's name, not the suffix. */
export function firstTenantName(displayName: string): string {
  return `${displayName.slice(0, 100).trim()}'s organization`;
}

/** For accounts created without a name (e.g. by the CLI): the part of the email before the @. */
export function displayNameFromEmail(email: string): string {
  return email.split('@')[0] || email;
}
