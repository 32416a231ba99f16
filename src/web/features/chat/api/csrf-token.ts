import type { QueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../../contracts/index.js';
import { sessionQueryKey } from '../../../lib/query-keys.js';

/** The session's CSRF token, for the streaming writes that do not go through the shared API client. */
export function csrfTokenOf(queryClient: QueryClient): string | null {
  return queryClient.getQueryData<SessionInfo | null>(sessionQueryKey)?.csrfToken ?? null;
}
