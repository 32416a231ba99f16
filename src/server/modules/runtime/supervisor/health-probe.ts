/**
 * One health probe (`GET` the health URL, bounded by a timeout) and the ring of recent probes.
 * @module
 */
import { performance } from 'node:perf_hooks';
import { type Clock } from '../../../../kernel/index.js';
import { type HealthCheck } from '../../../../contracts/index.js';

/** Probes `url` once. Never throws: a refused or timed-out probe is a failed `HealthCheck`. */
export async function probeHealth(url: string, timeoutMs: number, clock: Clock): Promise<HealthCheck> {
  const at = clock.now().toISOString();
  const began = performance.now();
  const latency = () => Math.max(0, Math.round(performance.now() - began));
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(Math.max(1, Math.round(timeoutMs))),
      redirect: 'manual',
    });
    // Read the body so the connection is released rather than left half-used.
    await response.arrayBuffer();
    const check: HealthCheck = { at, ok: response.ok, httpStatus: response.status, latencyMs: latency() };
    return response.ok ? check : { ...check, error: `answered HTTP ${response.status}` };
  } catch (error) {
    return {
      at,
      ok: false,
      httpStatus: null,
      latencyMs: latency(),
      error: describeFailure(error, timeoutMs),
    };
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  // fetch reports "fetch failed"; the useful part (ECONNREFUSED, ECONNRESET…) is in its cause.
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error)
    return 'code' in cause ? `${String(cause.code)}: ${cause.message}` : cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** The last `capacity` probes, oldest first. */
export class HealthHistory {
  private readonly checks: HealthCheck[] = [];

  constructor(private readonly capacity = 120) {}

  add(check: HealthCheck): void {
    this.checks.push(check);
    if (this.checks.length > this.capacity) this.checks.shift();
  }

  get latest(): HealthCheck | null {
    return this.checks.at(-1) ?? null;
  }

  list(): HealthCheck[] {
    return [...this.checks];
  }
}
