import type { GenerationSummary } from '../../../contracts/index.js';
import type { GenerationRow } from './generation-repository.js';

export function toGenerationSummary(row: GenerationRow): GenerationSummary {
  return {
    id: row.id,
    platformId: row.platformId,
    blueprintVersion: row.blueprintVersion,
    slug: row.slug,
    generatorVersion: row.generatorVersion,
    contentHash: row.contentHash,
    fileCount: row.fileCount,
    totalBytes: row.totalBytes,
    createdBy: { id: row.createdBy, label: row.createdByLabel },
    createdAt: row.createdAt.toISOString(),
  };
}

/** The zip's name: the Blueprint's slug and the version generated, e.g. `city-clinic-v3.zip`. */
export const zipNameOf = (row: GenerationRow): string => `${row.slug}-v${row.blueprintVersion}.zip`;
