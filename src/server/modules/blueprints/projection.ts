import { and, eq } from 'drizzle-orm';
import { AppError, type Clock } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { AppendedEvent, InlineProjection } from '../events/index.js';
import {
  BlueprintApproved,
  BlueprintDrafted,
  BlueprintRevised,
  PlatformCreated,
  platformStreamOf,
} from './events.js';
import { blueprintVersions, platforms } from './schema.js';

const NO_RENAMES = { entities: [], fields: [] };

/**
 * Keeps `platforms` and `blueprint_versions` in step with the platform streams, inside each append's
 * transaction, so a version is readable the moment its append commits.
 */
export function platformProjection(clock: Clock): InlineProjection {
  return {
    name: 'platforms',
    types: [PlatformCreated.type, BlueprintDrafted.type, BlueprintRevised.type, BlueprintApproved.type],
    apply: async (tx, tenantId, events) => {
      for (const event of events) await applyOne(tx, tenantId, event, clock.now());
    },
  };
}

async function applyOne(tx: AppTx, tenantId: string, event: AppendedEvent, at: Date): Promise<void> {
  const { platformId } = event.data as { platformId: string };
  if (event.streamId !== platformStreamOf(platformId)) throw misplaced(event);
  if (event.type === PlatformCreated.type) {
    const data = PlatformCreated.schema.parse(event.data);
    // Name, slug and domain come with the draft, appended in the same batch.
    await tx.insert(platforms).values({
      tenantId,
      id: data.platformId,
      name: '',
      slug: '',
      domain: 'other',
      description: data.description,
      currentVersion: 0,
      approvedVersion: null,
      streamVersion: event.streamVersion,
      createdBy: data.createdBy.id,
      createdAt: at,
      updatedAt: at,
    });
    return;
  }
  if (event.type === BlueprintApproved.type) {
    const data = BlueprintApproved.schema.parse(event.data);
    await tx
      .update(platforms)
      .set({ approvedVersion: data.version, streamVersion: event.streamVersion, updatedAt: at })
      .where(and(eq(platforms.tenantId, tenantId), eq(platforms.id, data.platformId)));
    return;
  }
  const data =
    event.type === BlueprintDrafted.type
      ? { ...BlueprintDrafted.schema.parse(event.data), basedOn: null, renames: NO_RENAMES }
      : BlueprintRevised.schema.parse(event.data);
  const [platform] = await tx
    .select({ currentVersion: platforms.currentVersion })
    .from(platforms)
    .where(and(eq(platforms.tenantId, tenantId), eq(platforms.id, data.platformId)));
  if (platform?.currentVersion !== data.version - 1) throw misplaced(event);
  await tx.insert(blueprintVersions).values({
    tenantId,
    platformId: data.platformId,
    version: data.version,
    basedOn: data.basedOn,
    source: data.source,
    blueprint: data.blueprint,
    renames: data.renames,
    authorId: data.author.id,
    authorLabel: data.author.label,
    createdAt: at,
  });
  await tx
    .update(platforms)
    .set({
      name: data.blueprint.name,
      slug: data.blueprint.slug,
      domain: data.blueprint.domain,
      currentVersion: data.version,
      streamVersion: event.streamVersion,
      updatedAt: at,
    })
    .where(and(eq(platforms.tenantId, tenantId), eq(platforms.id, data.platformId)));
}

/**
 * The generic events API accepts these types too (they are registered); an event that does not continue
 * its platform's history where it stands would corrupt the read model, so the append is refused.
 */
function misplaced(event: AppendedEvent): AppError {
  return new AppError('conflict', `This ${event.type} event does not fit stream ${event.streamId}`, {
    hint: 'Change platforms through the /api/platforms routes, which number versions for you.',
  });
}
