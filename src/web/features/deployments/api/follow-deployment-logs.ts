import { useEffect, useState } from 'react';
import { DeploymentLogLine } from '../../../../contracts/index.js';
import { streamEvents } from './event-stream.js';
import { deploymentPath } from './keys.js';

/** The view keeps the latest lines only: a chatty platform must not grow the page without bound. */
const MAX_LINES = 1000;
const TAIL = 200;

export type FollowState = 'connecting' | 'following' | 'ended' | 'failed';

/**
 * Follows a deployment's log over server-sent events: the latest lines, then each new one. The stream ends
 * by itself when the deployment no longer runs here; changing `search` starts a new one.
 */
export function useFollowDeploymentLogs(
  tenantId: string,
  platformId: string,
  deploymentId: string,
  options: { search: string; enabled: boolean },
) {
  const [lines, setLines] = useState<DeploymentLogLine[]>([]);
  const [state, setState] = useState<FollowState>('connecting');
  const [error, setError] = useState<unknown>(null);
  const { search, enabled } = options;

  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    setLines([]);
    setError(null);
    setState('connecting');
    const query = new URLSearchParams({ tail: String(TAIL) });
    if (search) query.set('search', search);
    streamEvents(`${deploymentPath(platformId, deploymentId)}/logs?${query.toString()}`, {
      method: 'GET',
      tenantId,
      signal: abort.signal,
      onEvent: ({ event, data }) => {
        const line = event === 'line' ? DeploymentLogLine.safeParse(data) : null;
        if (!line?.success) return;
        setState('following');
        setLines((current) => [...current, line.data].slice(-MAX_LINES));
      },
    })
      .then(() => !abort.signal.aborted && setState('ended'))
      .catch((failure: unknown) => {
        if (abort.signal.aborted) return;
        setError(failure);
        setState('failed');
      });
    return () => abort.abort();
  }, [tenantId, platformId, deploymentId, search, enabled]);

  return { lines, state, error };
}
