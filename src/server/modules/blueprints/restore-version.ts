import type { BlueprintVersionDetail, VersionAuthor } from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import type { BlueprintsDeps } from './deps.js';
import { loadPlatform, loadVersion } from './load-platform.js';
import { reviseBlueprint } from './revise-blueprint.js';

/** Makes an older version current again, as a new version equal to it: history is never rewritten. */
export async function restoreVersion(
  tx: AppTx,
  deps: BlueprintsDeps,
  tenantId: string,
  input: { platformId: string; version: number; author: VersionAuthor },
): Promise<BlueprintVersionDetail> {
  const platform = await loadPlatform(tx, tenantId, input.platformId);
  const row = await loadVersion(tx, platform, input.version);
  return reviseBlueprint(tx, deps, tenantId, {
    platformId: platform.id,
    basedOn: platform.currentVersion,
    blueprint: row.blueprint,
    renames: { entities: [], fields: [] },
    source: 'restore',
    author: input.author,
  });
}
