import { AppError } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { findGeneration, type GenerationRow } from './generation-repository.js';

/** The generation, or a 404 that says where the platform's generations are listed. */
export async function loadGeneration(
  tx: AppTx,
  tenantId: string,
  platformId: string,
  generationId: string,
): Promise<GenerationRow> {
  const row = await findGeneration(tx, tenantId, platformId, generationId);
  if (!row) {
    throw new AppError('not_found', 'Generation was not found', {
      hint: `Check the generation id and the X-Tenant-Id header; GET /api/platforms/${platformId}/generations lists this platform's generations.`,
    });
  }
  return row;
}
