import type { AppTx } from '../../db/index.js';

/** A person as tenancy needs to know them. */
export interface DirectoryUser {
  id: string;
  email: string;
  displayName: string;
}

/**
 * How tenancy finds people without reading identity's tables: identity implements this, and
 * `start-server.ts` passes it in.
 */
export interface UserDirectory {
  findByEmail(tx: AppTx, email: string): Promise<DirectoryUser | null>;
  findByIds(tx: AppTx, ids: string[]): Promise<DirectoryUser[]>;
}
