import type { ForkPlatformResponse, Tier, VersionAuthor } from '../../../contracts/index.js';
import { validateBlueprint } from '../../../blueprint/index.js';
import { newId } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { createPlatform } from './create-platform.js';
import type { BlueprintsDeps } from './deps.js';
import { blueprintRefused } from './edit-blueprint.js';
import { loadPlatform, loadVersion } from './load-platform.js';
import { assertPlatformQuotaLeft } from './platform-quota.js';

export interface Fork {
  platformId: string;
  version: number;
  /** The new platform's name; the version's own when left out. */
  name?: string | undefined;
  author: VersionAuthor;
}

/**
 * A new platform whose version 1 is another platform's version, in the caller's transaction: the source
 * must be this tenant's (else a 404), the copy passes the same validation as an edit (a renamed Blueprint
 * is a new document), and the new platform takes one `platforms` quota like any other.
 */
export async function forkPlatform(
  tx: AppTx,
  deps: BlueprintsDeps,
  tenant: { id: string; tier: Tier },
  fork: Fork,
): Promise<ForkPlatformResponse> {
  const source = await loadPlatform(tx, tenant.id, fork.platformId);
  const row = await loadVersion(tx, source, fork.version);
  await assertPlatformQuotaLeft(tx, deps.quotas, tenant);
  const validation = validateBlueprint(
    fork.name === undefined ? row.blueprint : { ...row.blueprint, name: fork.name },
  );
  if (!validation.ok) throw blueprintRefused(validation.problems);
  const forkedFrom = { platformId: source.id, version: row.version };
  const { platform, version } = await createPlatform(tx, deps, tenant.id, {
    platformId: newId(),
    description: source.description,
    blueprint: validation.blueprint,
    source: 'fork',
    author: fork.author,
    forkedFrom,
  });
  return { platform, version, forkedFrom };
}
