import type { BlueprintVersionSummary, VersionAuthor } from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import type { BlueprintsDeps } from './deps.js';
import { BlueprintApproved, platformStreamOf } from './events.js';
import { loadPlatform, loadVersion } from './load-platform.js';
import { toVersionSummary } from './views.js';

/**
 * Makes one version the approved one (the input of code generation). Approving the version that is
 * already approved changes nothing and says so by returning it as it is.
 */
export async function approveVersion(
  tx: AppTx,
  deps: BlueprintsDeps,
  tenantId: string,
  input: { platformId: string; version: number; by: VersionAuthor },
): Promise<BlueprintVersionSummary> {
  const platform = await loadPlatform(tx, tenantId, input.platformId);
  const row = await loadVersion(tx, platform, input.version);
  if (platform.approvedVersion === input.version) return toVersionSummary(row, platform.approvedVersion);
  await deps.store.appendIn(
    tx,
    tenantId,
    platformStreamOf(platform.id),
    [
      {
        type: BlueprintApproved.type,
        data: { platformId: platform.id, version: input.version, by: input.by },
      },
    ],
    { expected: platform.streamVersion },
  );
  return toVersionSummary(row, input.version);
}
