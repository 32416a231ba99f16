import path from 'node:path';
import { isMigrationFile } from '../../../codegen/migrations/index.js';
import { withTenant } from '../../db/index.js';
import type { RuntimeDeps } from './deps.js';
import { deploymentFiles } from './deployment-files.js';
import { buildInstance, deploymentDir, provisionInstance, startInstance } from './instance.js';
import type { PlatformSlot } from './platform-slot.js';
import type { DeploymentRow } from './schema.js';
import { killOrphan } from './supervisor/index.js';
import { superviseDeployment } from './supervision.js';

/**
 * Starts the process of a deployment that exists already (after WebNova restarted, or after a stop):
 * the same files it was deployed with, its recorded migrations included, so the build is reused when
 * it is still on disk. A process left over from a WebNova that crashed is killed first.
 */
export async function resumeDeployment(
  deps: RuntimeDeps,
  slot: PlatformSlot,
  row: DeploymentRow,
): Promise<void> {
  const { tenantId, platformId } = slot;
  const { generation, blueprint } = await withTenant(deps.db, { tenantId }, async (tx) => ({
    generation: await deps.generations.readFiles(tx, tenantId, row.generationId),
    blueprint: await deps.platforms.loadBlueprint(tx, tenantId, platformId, row.blueprintVersion),
  }));
  const files = deploymentFiles(
    [...generation.filter((file) => !isMigrationFile(file.path)), ...row.migrations].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    ),
    blueprint,
    null,
  );
  const request = {
    tenantId,
    platformId,
    deploymentId: row.id,
    slug: blueprint.slug,
    files: files.files,
    contentHash: files.contentHash,
  };
  const built = await buildInstance(deps, request);
  await killOrphan(path.join(deploymentDir(deps, row.id), 'app.pid'), built.dir);
  const prepared = await provisionInstance(deps, request, built);
  slot.active = await startInstance(deps, prepared, superviseDeployment(deps, slot, row.id));
}
