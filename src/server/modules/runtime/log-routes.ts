import path from 'node:path';
import {
  DeploymentLogLine,
  DeploymentLogs,
  DeploymentLogsQuery,
  DeploymentParams,
} from '../../../contracts/index.js';
import { defineManagedRoute, type RouteDefinition } from '../../http/index.js';
import { loadDeployment } from './deployment-repository.js';
import type { RuntimeDeps } from './deps.js';
import { deploymentDir } from './instance.js';
import type { PlatformSlots } from './platform-slot.js';
import { LogBook } from './supervisor/index.js';

/**
 * A deployment's output (stdout, stderr and the supervisor's own lines). As JSON: the latest lines. As
 * server-sent events: the latest lines, then each new one as it is written, for as long as the client
 * listens and the deployment runs here.
 */
export function logRoutes(deps: RuntimeDeps, slots: PlatformSlots): RouteDefinition[] {
  return [
    defineManagedRoute({
      method: 'get',
      path: '/api/platforms/:platformId/deployments/:deploymentId/logs',
      summary:
        "Read a deployment's log (stdout, stderr, supervisor); with Accept: text/event-stream, follow it live as `line` events",
      tag: 'deployments',
      access: { tenantRole: 'viewer' },
      params: DeploymentParams,
      query: DeploymentLogsQuery,
      response: DeploymentLogs,
      stream: { events: { line: DeploymentLogLine } },
      handler: async (context, { params, query }) => {
        const tenantId = context.tenant.id;
        await context.transaction((tx) =>
          loadDeployment(tx, tenantId, params.platformId, params.deploymentId),
        );
        const active = slots.find(tenantId, params.platformId)?.active;
        const live = active?.deploymentId === params.deploymentId ? active.supervisor.logs : null;
        const book =
          live ??
          (await LogBook.open({ file: path.join(deploymentDir(deps, params.deploymentId), 'app.log') }));
        const lines = book.tail(query.tail, query.search);
        const events = context.events;
        if (events && live) {
          for (const line of lines) events.send('line', line);
          await follow(live, query.search, context.signal, (line) => events.send('line', line));
          return context.commit(() => Promise.resolve({ lines: [] }));
        }
        if (!live) await book.close();
        if (events) for (const line of lines) events.send('line', line);
        return context.commit(() => Promise.resolve({ lines: events ? [] : lines }));
      },
    }),
  ];
}

/** Sends each new line (matching `search`) until the client goes away. */
function follow(
  book: LogBook,
  search: string | undefined,
  signal: AbortSignal,
  send: (line: DeploymentLogLine) => void,
): Promise<void> {
  const needle = search?.toLowerCase();
  return new Promise((resolve) => {
    const unsubscribe = book.subscribe((line) => {
      if (!needle || line.text.toLowerCase().includes(needle)) send(line);
    });
    const done = () => {
      unsubscribe();
      resolve();
    };
    if (signal.aborted) done();
    else signal.addEventListener('abort', done, { once: true });
  });
}
