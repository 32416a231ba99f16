import { useQuery } from '@tanstack/react-query';
import { SessionInfo } from '../../../../contracts/index.js';
import { setCsrfToken } from '../../../lib/api-client.js';
import { api } from '../../../lib/api-client.js';
import { isApiError } from '../../../lib/api-error.js';
import { sessionQueryKey } from '../../../lib/query-keys.js';

/** The signed-in session, or null when there is none (a 401 is an answer here, not an error). */
export async function getSession(): Promise<SessionInfo | null> {
  try {
    const session = await api.get('/api/auth/session', SessionInfo, { tenantId: null });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: 5 * 60_000 });
}
