import { and, desc, eq } from 'drizzle-orm';
import { AppError } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { dataKeyAssociatedData, generateKey, seal, SealBrokenError, unseal } from './envelope.js';
import type { KeyEncryptionKey } from './master-key.js';
import { tenantDataKeys } from './schema.js';

/** A tenant's data key, unwrapped: it lives in memory only for the operation that needs it. */
export interface DataKey {
  version: number;
  key: Buffer;
}

const FIRST_VERSION = 1;

/** The tenant's current data key, created (and wrapped under the KEK) the first time it is needed. */
export async function currentDataKey(tx: AppTx, kek: KeyEncryptionKey, tenantId: string): Promise<DataKey> {
  const existing = await latestRow(tx, tenantId);
  if (existing) return unwrap(kek, existing);
  const key = generateKey();
  const wrapped = seal(kek.key, key, dataKeyAssociatedData(tenantId, FIRST_VERSION));
  // A concurrent first use may insert first; then both go on with the row that won.
  await tx
    .insert(tenantDataKeys)
    .values({
      tenantId,
      version: FIRST_VERSION,
      kekVersion: kek.version,
      nonce: wrapped.nonce,
      wrappedKey: wrapped.ciphertext,
      tag: wrapped.tag,
    })
    .onConflictDoNothing();
  const stored = await latestRow(tx, tenantId);
  if (!stored) throw new Error(`the data key of tenant ${tenantId} vanished right after it was stored`);
  return unwrap(kek, stored);
}

/** The data key of a given version, the one a stored secret names. */
export async function dataKeyOfVersion(
  tx: AppTx,
  kek: KeyEncryptionKey,
  tenantId: string,
  version: number,
): Promise<DataKey> {
  const [row] = await tx
    .select()
    .from(tenantDataKeys)
    .where(and(eq(tenantDataKeys.tenantId, tenantId), eq(tenantDataKeys.version, version)));
  // The foreign key from secrets makes this impossible unless rows were deleted by hand.
  if (!row) throw new Error(`tenant ${tenantId} has no data key of version ${version}`);
  return unwrap(kek, row);
}

type DataKeyRow = typeof tenantDataKeys.$inferSelect;

async function latestRow(tx: AppTx, tenantId: string): Promise<DataKeyRow | undefined> {
  const [row] = await tx
    .select()
    .from(tenantDataKeys)
    .where(eq(tenantDataKeys.tenantId, tenantId))
    .orderBy(desc(tenantDataKeys.version))
    .limit(1);
  return row;
}

function unwrap(kek: KeyEncryptionKey, row: DataKeyRow): DataKey {
  if (row.kekVersion !== kek.version) {
    throw masterKeyChanged(
      `the data key of tenant ${row.tenantId} was wrapped by master key version ${row.kekVersion}, but version ${kek.version} is loaded`,
    );
  }
  try {
    const sealed = { nonce: row.nonce, ciphertext: row.wrappedKey, tag: row.tag };
    const key = unseal(kek.key, sealed, dataKeyAssociatedData(row.tenantId, row.version));
    return { version: row.version, key };
  } catch (error) {
    if (!(error instanceof SealBrokenError)) throw error;
    throw masterKeyChanged(
      `the data key of tenant ${row.tenantId} cannot be unwrapped with the loaded master key`,
      error,
    );
  }
}

function masterKeyChanged(detail: string, cause?: unknown): AppError {
  return new AppError('unavailable', `The master key changed: ${detail}`, {
    hint: 'Secrets can only be read with the master key they were stored under. Restore that key (WEBNOVA_MASTER_KEY, or master.key in the data directory) and restart.',
    cause,
  });
}
