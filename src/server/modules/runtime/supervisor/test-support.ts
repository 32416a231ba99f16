/** Shared by this folder's integration tests: a fixture server under a supervisor in a temp dir. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';
import { type RestartPolicy } from './restart-policy.js';
import { Supervisor } from './supervisor.js';
import { type SupervisorEvent } from './supervisor-types.js';

export const FAST_POLICY: Partial<RestartPolicy> = {
  initialBackoffMs: 100,
  maxBackoffMs: 2_000,
  backoffFactor: 2,
  healthyResetMs: 60_000,
  crashLimit: 5,
  crashWindowMs: 60_000,
  startTimeoutMs: 10_000,
  probeIntervalMs: 100,
  probeTimeoutMs: 1_000,
  unhealthyThreshold: 3,
  stopGraceMs: 1_000,
};

export function fixture(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

export interface RecordedEvent {
  event: SupervisorEvent;
  /** Date.now() when it was reported. */
  at: number;
}

export interface Harness {
  dir: string;
  port: number;
  supervisor: Supervisor;
  events: RecordedEvent[];
  eventsOf<T extends SupervisorEvent['type']>(type: T): Extract<SupervisorEvent, { type: T }>[];
  cleanup(): Promise<void>;
}

export async function harness(options: {
  script: string;
  /** Extra environment for the fixture, given the harness's temp dir. */
  env?: (dir: string) => Record<string, string>;
  policy?: Partial<RestartPolicy>;
  memoryLimitMb?: number;
}): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'webnova-supervisor-'));
  const port = await freePort();
  const events: RecordedEvent[] = [];
  const supervisor = new Supervisor({
    launch: {
      command: process.execPath,
      args: [fixture(options.script)],
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', PORT: String(port), ...options.env?.(dir) },
    },
    healthUrl: `http://127.0.0.1:${port}/health`,
    logFile: join(dir, 'logs', 'deployment.log'),
    pidFile: join(dir, 'run', 'server.pid'),
    memoryLimitMb: options.memoryLimitMb ?? 1_024,
    policy: { ...FAST_POLICY, ...options.policy },
    onEvent: (event) => events.push({ event, at: Date.now() }),
  });
  return {
    dir,
    port,
    supervisor,
    events,
    eventsOf: <T extends SupervisorEvent['type']>(type: T) =>
      events
        .map(({ event }) => event)
        .filter((event): event is Extract<SupervisorEvent, { type: T }> => event.type === type),
    cleanup: async () => {
      await supervisor.stop('test over');
      await supervisor.logs.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** GET / on the fixture: any HTTP answer means it serves. */
export async function serves(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}
