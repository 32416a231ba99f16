import type { BlueprintDiff } from '../../../contracts/index.js';
import { diffBlueprints } from '../../../blueprint/index.js';
import type { AppTx } from '../../db/index.js';
import { loadPlatform, loadVersion } from './load-platform.js';
import { findRenamesInRange } from './platform-repository.js';
import { renamesBetween } from './renames-between.js';

/** What changed from one version to another, with the renames their authors declared on the way. */
export async function diffVersions(
  tx: AppTx,
  tenantId: string,
  input: { platformId: string; from: number; to: number },
): Promise<BlueprintDiff> {
  const platform = await loadPlatform(tx, tenantId, input.platformId);
  const before = await loadVersion(tx, platform, input.from);
  const after = await loadVersion(tx, platform, input.to);
  const low = Math.min(input.from, input.to);
  const high = Math.max(input.from, input.to);
  const recorded = await findRenamesInRange(tx, tenantId, platform.id, low + 1, high);
  return diffBlueprints(before.blueprint, after.blueprint, renamesBetween(recorded, input.from, input.to));
}
