import type {
  BlueprintVersionDetail,
  BlueprintVersionSummary,
  PlatformSummary,
} from '../../../contracts/index.js';
import type { PlatformRow, VersionRow } from './platform-repository.js';

export function toPlatformSummary(row: PlatformRow): PlatformSummary {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    domain: row.domain,
    currentVersion: row.currentVersion,
    approvedVersion: row.approvedVersion,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

type VersionFields = Omit<VersionRow, 'tenantId' | 'blueprint' | 'renames'>;

export function toVersionSummary(
  row: VersionFields,
  approvedVersion: number | null,
): BlueprintVersionSummary {
  return {
    platformId: row.platformId,
    version: row.version,
    basedOn: row.basedOn,
    source: row.source,
    author: { id: row.authorId, label: row.authorLabel },
    createdAt: row.createdAt.toISOString(),
    approved: row.version === approvedVersion,
  };
}

export function toVersionDetail(row: VersionRow, approvedVersion: number | null): BlueprintVersionDetail {
  return { ...toVersionSummary(row, approvedVersion), blueprint: row.blueprint, renames: row.renames };
}
