import { QueryCache, QueryClient } from '@tanstack/react-query';
import { setCsrfToken } from './api-client.js';
import { isApiError } from './api-error.js';
import { sessionQueryKey } from './query-keys.js';

/** One client for the app: a 401 anywhere means the session ended, so the session is cleared and the router sends the user to /login. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isApiError(error) && error.status === 401) {
          setCsrfToken(null);
          client.setQueryData(sessionQueryKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors will not fix themselves by retrying; network blips might.
        retry: (failures, error) =>
          failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
  return client;
}
