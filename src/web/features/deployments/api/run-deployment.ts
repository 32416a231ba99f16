import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DeploymentDetail, DeploymentStep, type DeployRequest } from '../../../../contracts/index.js';
import { getCsrfToken } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';
import { mergeStep } from '../lib/merge-steps.js';
import { streamEvents } from './event-stream.js';
import { platformPath } from './keys.js';

type Kind = 'deploy' | 'rollback';

/**
 * Deploys (or rolls back) a platform while streaming its steps, so the person watches the build instead
 * of a spinner. `steps` fills as events arrive; the mutation's data is the finished deployment (which may
 * be `failed`, with its reason).
 */
export function useRunDeployment(tenantId: string, platformId: string, kind: Kind = 'deploy') {
  const queryClient = useQueryClient();
  const [steps, setSteps] = useState<DeploymentStep[]>([]);
  const mutation = useMutation({
    mutationFn: async (request: DeployRequest = {}) => {
      setSteps([]);
      let result: DeploymentDetail | null = null;
      const path = `${platformPath(platformId)}/${kind === 'deploy' ? 'deployments' : 'rollback'}`;
      await streamEvents(path, {
        method: 'POST',
        tenantId,
        csrfToken: getCsrfToken(),
        body: kind === 'deploy' ? request : undefined,
        onEvent: ({ event, data }) => {
          if (event === 'step') {
            const step = DeploymentStep.safeParse(data);
            if (step.success) setSteps((current) => mergeStep(current, step.data));
          } else if (event === 'result') {
            result = DeploymentDetail.parse(data);
          }
        },
      });
      if (!result) throw new Error('The deployment stream ended without a result');
      return result;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: tenantScopeKey(tenantId) }),
  });
  return { ...mutation, steps };
}
