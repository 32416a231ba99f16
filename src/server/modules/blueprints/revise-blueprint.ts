import type {
  Blueprint,
  BlueprintVersionDetail,
  RenameHints,
  VersionAuthor,
  VersionSource,
} from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { ConcurrencyError } from '../events/index.js';
import type { BlueprintsDeps } from './deps.js';
import { BlueprintRevised, platformStreamOf } from './events.js';
import { loadPlatform, loadVersion } from './load-platform.js';
import { toVersionDetail } from './views.js';

export interface Revision {
  platformId: string;
  /** The version the author started from; it must still be the current one. */
  basedOn: number;
  /** Already checked by `validateBlueprint`. */
  blueprint: Blueprint;
  renames: RenameHints;
  source: VersionSource;
  author: VersionAuthor;
}

// Approvals also move the platform stream; a revision that lost only to an approval tries again.
const ATTEMPTS = 3;

/**
 * Appends the next version, expecting the platform stream where it was read. Two revisions of the same
 * base: the first to commit wins, the other gets a 409 telling its author to reload.
 */
export async function reviseBlueprint(
  tx: AppTx,
  deps: BlueprintsDeps,
  tenantId: string,
  revision: Revision,
): Promise<BlueprintVersionDetail> {
  for (let attempt = 1; ; attempt += 1) {
    const platform = await loadPlatform(tx, tenantId, revision.platformId);
    if (platform.currentVersion !== revision.basedOn)
      throw staleBase(revision.basedOn, platform.currentVersion);
    const version = platform.currentVersion + 1;
    try {
      await deps.store.appendIn(
        tx,
        tenantId,
        platformStreamOf(platform.id),
        [
          {
            type: BlueprintRevised.type,
            data: {
              platformId: platform.id,
              version,
              basedOn: revision.basedOn,
              blueprint: revision.blueprint,
              source: revision.source,
              renames: revision.renames,
              author: revision.author,
            },
          },
        ],
        { expected: platform.streamVersion },
      );
    } catch (error) {
      // Someone else appended meanwhile: reading again tells a lost race from an approval in between.
      if (error instanceof ConcurrencyError && attempt < ATTEMPTS) continue;
      if (error instanceof ConcurrencyError) throw staleBase(revision.basedOn, null);
      throw error;
    }
    const row = await loadVersion(tx, platform, version);
    return toVersionDetail(row, platform.approvedVersion);
  }
}

function staleBase(basedOn: number, current: number | null): AppError {
  const meanwhile =
    current === null ? 'another change was saved meanwhile' : `version ${current} is the latest`;
  return new AppError(
    'concurrency_conflict',
    `This change was based on version ${basedOn}, but ${meanwhile}`,
    {
      hint: 'Reload the platform, look at the latest version, and make your change again on top of it.',
      details: { basedOn, currentVersion: current },
    },
  );
}
