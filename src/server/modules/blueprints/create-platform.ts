import type {
  Blueprint,
  BlueprintVersionDetail,
  ForkOrigin,
  PlatformSummary,
  VersionAuthor,
  VersionSource,
} from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import type { BlueprintsDeps } from './deps.js';
import { BlueprintDrafted, PLATFORM_STREAM_TYPE, platformStreamOf, PlatformCreated } from './events.js';
import { loadPlatform, loadVersion } from './load-platform.js';
import { toPlatformSummary, toVersionDetail } from './views.js';

export interface NewPlatform {
  platformId: string;
  description: string;
  /** Already checked by `validateBlueprint`. */
  blueprint: Blueprint;
  source: VersionSource;
  author: VersionAuthor;
  /** For a fork: the platform version the Blueprint was copied from, kept in the platform's history. */
  forkedFrom?: ForkOrigin;
}

/**
 * Stores a new platform with its first version, taking one of the tenant's `platforms` quota in the same
 * transaction: a refused quota stores nothing.
 */
export async function createPlatform(
  tx: AppTx,
  deps: BlueprintsDeps,
  tenantId: string,
  input: NewPlatform,
): Promise<{ platform: PlatformSummary; version: BlueprintVersionDetail }> {
  await deps.quotas.consume(tx, tenantId, 'platforms');
  const { platformId } = input;
  await deps.store.appendIn(
    tx,
    tenantId,
    platformStreamOf(platformId),
    [
      {
        type: PlatformCreated.type,
        data: {
          platformId,
          description: input.description,
          createdBy: input.author,
          ...(input.forkedFrom ? { forkedFrom: input.forkedFrom } : {}),
        },
      },
      {
        type: BlueprintDrafted.type,
        data: {
          platformId,
          version: 1,
          blueprint: input.blueprint,
          source: input.source,
          author: input.author,
        },
      },
    ],
    { expected: 'no_stream', streamType: PLATFORM_STREAM_TYPE },
  );
  const platform = await loadPlatform(tx, tenantId, platformId);
  const version = await loadVersion(tx, platform, 1);
  return { platform: toPlatformSummary(platform), version: toVersionDetail(version, null) };
}
