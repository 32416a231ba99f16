import type { Blueprint, GenerationSummary } from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import { activeLocalDeployments, lastHealthyDeployment } from './deployment-repository.js';
import type { RuntimeDeps } from './deps.js';
import { deploymentFiles, type DeploymentFiles } from './deployment-files.js';
import type { DeploymentRow } from './schema.js';

export interface DeploymentPlan {
  blueprint: Blueprint;
  deployment: DeploymentFiles;
  /** The deployment serving now (or crash-looping), which a successful one replaces. */
  previous: DeploymentRow | null;
  /** The port of the platform's preview until now, to keep its URL. */
  previewPort: number | null;
}

/** Reads what a deployment of `generation` needs: its Blueprint, files and the database it inherits. */
export async function planDeployment(
  tx: AppTx,
  deps: Pick<RuntimeDeps, 'platforms' | 'generations'>,
  tenantId: string,
  generation: GenerationSummary,
): Promise<DeploymentPlan> {
  const { platformId } = generation;
  const blueprint = await deps.platforms.loadBlueprint(tx, tenantId, platformId, generation.blueprintVersion);
  const files = await deps.generations.readFiles(tx, tenantId, generation.id);
  const healthy = await lastHealthyDeployment(tx, tenantId, platformId);
  const inherited = healthy
    ? {
        blueprint: await deps.platforms.loadBlueprint(tx, tenantId, platformId, healthy.blueprintVersion),
        migrations: healthy.migrations,
        renames: await deps.platforms.renamesBetween(
          tx,
          tenantId,
          platformId,
          healthy.blueprintVersion,
          generation.blueprintVersion,
        ),
      }
    : null;
  const active = await activeLocalDeployments(tx, tenantId, platformId);
  const serving = [...active, ...(healthy?.status === 'crash_looping' ? [healthy] : [])].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime(),
  );
  return {
    blueprint,
    deployment: deploymentFiles(files, blueprint, inherited),
    previous: serving[0] ?? null,
    previewPort: healthy?.previewPort ?? null,
  };
}
