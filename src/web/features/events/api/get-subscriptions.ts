import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { SubscriptionView } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { eventsKeys } from './keys.js';

export function getSubscriptions(tenantId: string): Promise<z.infer<typeof SubscriptionView>[]> {
  return api.get('/api/events/subscriptions', z.array(SubscriptionView), { tenantId });
}

export function useSubscriptions(tenantId: string) {
  return useQuery({
    queryKey: eventsKeys.subscriptions(tenantId),
    queryFn: () => getSubscriptions(tenantId),
  });
}
