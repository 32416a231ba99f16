import { z } from 'zod';
import {
  DeploymentDetail,
  DeploymentParams,
  DeploymentStep,
  DeploymentSummary,
  DeployRequest,
  PlatformAdminCredentials,
  PlatformParams,
} from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';
import { defineManagedRoute, defineRoute, type RouteDefinition } from '../../http/index.js';
import { listPlatformDeployments, listTenantDeployments, loadDeployment } from './deployment-repository.js';
import type { RuntimeDeps } from './deps.js';
import { deploy } from './deploy.js';
import { logRoutes } from './log-routes.js';
import { restartDeployment, rollBack, stopDeployment } from './manage-deployment.js';
import { readAdminCredentials } from './platform-secrets.js';
import type { PlatformSlots } from './platform-slot.js';
import { toDeploymentDetail, toDeploymentSummary } from './views.js';

const TAG = 'deployments';
const STEP_STREAM = { events: { step: DeploymentStep } };
const TenantDeploymentsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const authorOf = (context: { actor: { userId: string; email: string } }) => ({
  id: context.actor.userId,
  label: context.actor.email,
});

/**
 * Deployments of generated platforms. Reading is for every member; deploying, stopping, restarting and
 * rolling back need the developer role and are audited; the platform's administrator password is for
 * tenant admins only.
 */
export function runtimeRoutes(deps: RuntimeDeps, slots: PlatformSlots): RouteDefinition[] {
  return [
    defineManagedRoute({
      method: 'post',
      path: '/api/platforms/:platformId/deployments',
      summary:
        'Deploy a Blueprint version (the current one unless `version` is given): generate, build, start on its own database, switch the preview once healthy. The answer is the deployment, `failed` with the reason when a step failed. Streams `step` events with Accept: text/event-stream',
      tag: TAG,
      access: { tenantRole: 'developer' },
      params: PlatformParams,
      body: DeployRequest,
      response: DeploymentDetail,
      status: 201,
      stream: STEP_STREAM,
      audit: {
        action: 'deployment.create',
        resource: ({ params }, result) =>
          `platform:${params.platformId}${result ? `/deployment:${result.id}@v${result.blueprintVersion}` : ''}`,
      },
      handler: async (context, { params, body }) => {
        const transaction = context.transaction.bind(context);
        await transaction((tx) => deps.platforms.assertExists(tx, context.tenant.id, params.platformId));
        const outcome = await deploy(deps, slots, {
          tenantId: context.tenant.id,
          platformId: params.platformId,
          version: body.version,
          target: body.target,
          author: authorOf(context),
          rollbackOf: null,
          transaction,
          onStep: (step) => context.events?.send('step', step),
        });
        slots.rememberSteps(outcome.deploymentId, outcome.steps);
        return context.commit(async (tx) =>
          toDeploymentDetail(
            await loadDeployment(tx, context.tenant.id, params.platformId, outcome.deploymentId),
            slots,
            outcome.steps,
          ),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/platforms/:platformId/deployments',
      summary: "List a platform's deployments, newest first, with status and latest health",
      tag: TAG,
      access: { tenantRole: 'viewer' },
      params: PlatformParams,
      response: z.array(DeploymentSummary),
      handler: async ({ tx, tenant }, { params }) => {
        await deps.platforms.assertExists(tx, tenant.id, params.platformId);
        return (await listPlatformDeployments(tx, tenant.id, params.platformId)).map((row) =>
          toDeploymentSummary(row, slots),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/deployments',
      summary: "List the tenant's deployments of every platform, newest first",
      tag: TAG,
      access: { tenantRole: 'viewer' },
      query: TenantDeploymentsQuery,
      response: z.array(DeploymentSummary),
      handler: async ({ tx, tenant }, { query }) =>
        (await listTenantDeployments(tx, tenant.id, query.limit)).map((row) =>
          toDeploymentSummary(row, slots),
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/api/platforms/:platformId/deployments/:deploymentId',
      summary: 'Show a deployment with its recent health checks and the steps that made it',
      tag: TAG,
      access: { tenantRole: 'viewer' },
      params: DeploymentParams,
      response: DeploymentDetail,
      handler: async ({ tx, tenant }, { params }) =>
        toDeploymentDetail(
          await loadDeployment(tx, tenant.id, params.platformId, params.deploymentId),
          slots,
          slots.stepsOf(params.deploymentId),
        ),
    }),
    deploymentAction(deps, slots, {
      action: 'stop',
      summary: 'Stop a deployment: its whole process group ends and the preview says it was stopped',
      run: stopDeployment,
    }),
    deploymentAction(deps, slots, {
      action: 'restart',
      summary:
        "Start a deployment's process again and wait for its health check: after a stop, or to leave crash-looping once the cause is fixed",
      run: restartDeployment,
    }),
    defineManagedRoute({
      method: 'post',
      path: '/api/platforms/:platformId/rollback',
      summary:
        'Roll back: deploy again the version that was live before the current one (its database migrated back, what the newer version added archived)',
      tag: TAG,
      access: { tenantRole: 'developer' },
      params: PlatformParams,
      response: DeploymentDetail,
      status: 201,
      stream: STEP_STREAM,
      audit: {
        action: 'deployment.rollback',
        resource: ({ params }, result) =>
          `platform:${params.platformId}${result ? `/deployment:${result.id}@v${result.blueprintVersion}` : ''}`,
      },
      handler: async (context, { params }) => {
        const transaction = context.transaction.bind(context);
        await transaction((tx) => deps.platforms.assertExists(tx, context.tenant.id, params.platformId));
        const outcome = await rollBack(deps, slots, {
          tenantId: context.tenant.id,
          platformId: params.platformId,
          author: authorOf(context),
          transaction,
          onStep: (step) => context.events?.send('step', step),
        });
        slots.rememberSteps(outcome.deploymentId, outcome.steps);
        return context.commit(async (tx) =>
          toDeploymentDetail(
            await loadDeployment(tx, context.tenant.id, params.platformId, outcome.deploymentId),
            slots,
            outcome.steps,
          ),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/platforms/:platformId/admin-credentials',
      summary:
        "The platform's first administrator (email and password), made by WebNova at its first deployment and kept encrypted; for tenant admins, and every read is audited",
      tag: TAG,
      access: { tenantRole: 'admin' },
      params: PlatformParams,
      response: PlatformAdminCredentials,
      audit: {
        action: 'platform.credentials.read',
        resource: ({ params }) => `platform:${params.platformId}`,
      },
      handler: async ({ tx, tenant }, { params }) => {
        await deps.platforms.assertExists(tx, tenant.id, params.platformId);
        const credentials = await readAdminCredentials(tx, deps.vault, tenant.id, params.platformId);
        if (!credentials) {
          throw new AppError(
            'not_found',
            'This platform has not been deployed yet, so it has no administrator',
            {
              hint: `Deploy it first: POST /api/platforms/${params.platformId}/deployments.`,
            },
          );
        }
        return credentials;
      },
    }),
    ...logRoutes(deps, slots),
  ];
}

/** A person's action on one deployment (stop, restart): developer role, audited, answers the deployment. */
function deploymentAction(
  deps: RuntimeDeps,
  slots: PlatformSlots,
  spec: {
    action: 'stop' | 'restart';
    summary: string;
    run: typeof stopDeployment;
  },
): RouteDefinition {
  return defineManagedRoute({
    method: 'post',
    path: `/api/platforms/:platformId/deployments/:deploymentId/${spec.action}`,
    summary: spec.summary,
    tag: TAG,
    access: { tenantRole: 'developer' },
    params: DeploymentParams,
    response: DeploymentDetail,
    audit: {
      action: `deployment.${spec.action}`,
      resource: ({ params }) => `platform:${params.platformId}/deployment:${params.deploymentId}`,
    },
    handler: async (context, { params }) => {
      const transaction = context.transaction.bind(context);
      const tenantId = context.tenant.id;
      await spec.run(deps, slots, { ...params, tenantId, author: authorOf(context), transaction });
      return context.commit(async (tx) =>
        toDeploymentDetail(await loadDeployment(tx, tenantId, params.platformId, params.deploymentId), slots),
      );
    },
  });
}
