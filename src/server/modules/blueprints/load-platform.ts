import { AppError } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { findPlatform, findVersion, type PlatformRow, type VersionRow } from './platform-repository.js';

/** The platform, or a 404 that says where to find the right id. */
export async function loadPlatform(tx: AppTx, tenantId: string, platformId: string): Promise<PlatformRow> {
  const platform = await findPlatform(tx, tenantId, platformId);
  if (!platform) {
    throw new AppError('not_found', 'Platform was not found', {
      hint: 'Check the platform id and the X-Tenant-Id header; GET /api/platforms lists your platforms.',
    });
  }
  return platform;
}

/** One version of a platform, or a 404 that names the versions that exist. */
export async function loadVersion(tx: AppTx, platform: PlatformRow, version: number): Promise<VersionRow> {
  const row = await findVersion(tx, platform.tenantId, platform.id, version);
  if (!row) {
    throw new AppError('not_found', `Version ${version} of platform ${platform.name} was not found`, {
      hint: `This platform has versions 1 to ${platform.currentVersion}; GET /api/platforms/${platform.id}/versions lists them.`,
      details: { version, currentVersion: platform.currentVersion },
    });
  }
  return row;
}
