/** The names a platform's data goes by, derived from its id so provisioning twice finds the same ones. */
import { createHash } from 'node:crypto';
import { AppError, isUuid } from '../../../../kernel/index.js';

/** Safe as one path segment and short enough for any file system. */
const PLATFORM_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export function checkedPlatformId(platformId: string): string {
  if (!PLATFORM_ID.test(platformId)) {
    throw new AppError(
      'bad_request',
      `The platform id ${JSON.stringify(platformId)} cannot name a database.`,
      {
        hint: 'Use the platform id WebNova assigned (a UUID).',
      },
    );
  }
  return platformId;
}

/**
 * The PostgreSQL role and database name: `wnp_` and 32 lower-case hex digits, which needs no quoting and
 * fits the 63-byte identifier limit. A UUID keeps its own digits, so a name leads back to its platform.
 * @example postgresNameOf('0190b5c2-7d1e-7a3b-8c4d-5e6f7a8b9c0d') // 'wnp_0190b5c27d1e7a3b8c4d5e6f7a8b9c0d'
 */
export function postgresNameOf(platformId: string): string {
  const id = checkedPlatformId(platformId);
  const hex = isUuid(id)
    ? id.toLowerCase().replaceAll('-', '')
    : createHash('sha256').update(id).digest('hex').slice(0, 32);
  return `wnp_${hex}`;
}

/** The copy of a platform's PostgreSQL database kept while a redeploy may migrate it (`<name>_before`). */
export function snapshotNameOf(databaseName: string): string {
  return `${databaseName}_before`;
}
