import { expect } from 'vitest';
import type { TestServer } from '../../testing/index.js';
import type { platformApi } from './runtime-test-support.js';

// Shared by this module's redeploy tests: people using a platform while it is being replaced.

type PlatformApi = Awaited<ReturnType<typeof platformApi>>;

export interface TrafficFailure {
  method: string;
  status: number;
  text: string;
}

export interface TrafficReport {
  requests: number;
  failures: TrafficFailure[];
  /** The ids of the patients the loops created, all answered 201. */
  created: string[];
}

export interface Traffic {
  /** Resolves once at least `count` more requests have been answered (to know they overlap a step). */
  answered(count: number): Promise<void>;
  stop(): Promise<TrafficReport>;
}

let nationalIds = 0;

/** A ten-digit national id no other patient of this test file has. */
export function uniqueNationalId(): string {
  nationalIds += 1;
  return String(7_000_000_000 + nationalIds);
}

/**
 * Several clients in parallel, each listing patients and now and then creating one, until stopped. A
 * failure is any answer that is not 2xx, or no answer at all (the connection refused or reset).
 */
export function startTraffic(api: PlatformApi, loops = 3, createEvery = 4): Traffic {
  const report: TrafficReport = { requests: 0, failures: [], created: [] };
  let stopped = false;
  const waiting: { target: number; resolve: () => void }[] = [];
  const count = () => {
    report.requests += 1;
    for (const waiter of waiting.filter((each) => report.requests >= each.target)) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  const call = async (method: 'GET' | 'POST', send: () => ReturnType<PlatformApi['get']>) => {
    try {
      const response = await send();
      if (response.status < 200 || response.status > 299) {
        report.failures.push({ method, status: response.status, text: response.text.slice(0, 500) });
      }
      return response;
    } catch (error) {
      report.failures.push({
        method,
        status: 0,
        text: error instanceof Error ? error.message : String(error),
      });
      return null;
    } finally {
      count();
    }
  };
  const loop = async (index: number) => {
    for (let round = 1; !stopped; round += 1) {
      await call('GET', () => api.get('api/patients?pageSize=5'));
      if ((round + index) % createEvery === 0) {
        const created = await call('POST', () =>
          api.post('api/patients', { fullName: `Visitor ${index}-${round}`, nationalId: uniqueNationalId() }),
        );
        const id = (created?.body as { id?: unknown } | null)?.id;
        if (created?.status === 201 && typeof id === 'string') report.created.push(id);
      }
      // A person's pace, not a benchmark: leaves the two cores to the deployment under test.
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  const running = Promise.all(Array.from({ length: loops }, (_, index) => loop(index)));
  return {
    answered: (more) =>
      new Promise((resolve) => {
        waiting.push({ target: report.requests + more, resolve });
      }),
    stop: async () => {
      stopped = true;
      await running;
      return report;
    },
  };
}

/** Every patient the platform holds, by id (pages of 100). */
export async function patientIds(api: PlatformApi): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let page = 1; ; page += 1) {
    const response = await api.get(`api/patients?pageSize=100&page=${page}`);
    expect(response.status, response.text).toBe(200);
    const body = response.body as { items: { id: string }[]; total: number };
    for (const item of body.items) ids.add(item.id);
    if (body.items.length === 0 || ids.size >= body.total) return ids;
  }
}

/** The fields the platform's OpenAPI document gives a Patient. */
export async function patientFields(api: PlatformApi): Promise<string[]> {
  const response = await api.get('api/openapi.json');
  expect(response.status, response.text).toBe(200);
  const document = response.body as {
    components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
  };
  return Object.keys(document.components?.schemas?.Patient?.properties ?? {});
}

/** Whether a process with this pid is still there (signal 0 only asks). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pids a deployment's process had, from its DeploymentStarted events. */
export async function pidsOf(server: TestServer, deploymentId: string): Promise<number[]> {
  const rows = await server.database.query<{ pid: number }>(
    `select (data->>'pid')::int as pid from events
      where type = 'DeploymentStarted' and data->>'deploymentId' = $1`,
    [deploymentId],
  );
  return rows.map((row) => Number(row.pid));
}

/** The tenant's deployments table as it stands: unchanged after a refusal means nothing was recorded. */
export async function deploymentRows(server: TestServer, tenantId: string): Promise<string[]> {
  const rows = await server.database.query<{ id: string; status: string }>(
    'select id, status from deployments where tenant_id = $1 order by created_at, id',
    [tenantId],
  );
  return rows.map((row) => `${row.id}:${row.status}`);
}
