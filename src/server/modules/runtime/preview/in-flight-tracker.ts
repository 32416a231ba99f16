/**
 * Counts the HTTP requests forwarded to each upstream and not yet answered, so a blue/green switch
 * can wait for the old process to finish its work before it is stopped.
 * @module
 */

export class InFlightTracker {
  readonly #counts = new Map<string, number>();
  readonly #idleWaiters = new Map<string, Set<() => void>>();

  /** Records one request to `upstream`; call the returned function (once or more) when it ends. */
  begin(upstream: string): () => void {
    this.#counts.set(upstream, this.count(upstream) + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.#end(upstream);
    };
  }

  count(upstream: string): number {
    return this.#counts.get(upstream) ?? 0;
  }

  /** Resolves true once nothing to `upstream` is in flight, false if that takes longer than `timeoutMs`. */
  waitUntilIdle(upstream: string, timeoutMs: number): Promise<boolean> {
    if (this.count(upstream) === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiters = this.#idleWaiters.get(upstream) ?? new Set<() => void>();
      this.#idleWaiters.set(upstream, waiters);
      const onIdle = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        waiters.delete(onIdle);
        resolve(false);
      }, timeoutMs);
      waiters.add(onIdle);
    });
  }

  #end(upstream: string): void {
    const remaining = this.count(upstream) - 1;
    if (remaining > 0) {
      this.#counts.set(upstream, remaining);
      return;
    }
    this.#counts.delete(upstream);
    const waiters = this.#idleWaiters.get(upstream);
    this.#idleWaiters.delete(upstream);
    for (const onIdle of waiters ?? []) onIdle();
  }
}
