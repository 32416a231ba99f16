/**
 * Holds new requests while the platform's process is being switched, instead of failing them: they
 * go on when the switch ends (`open`), or give up after a timeout so nobody waits forever.
 * @module
 */

interface Waiter {
  proceed: () => void;
  timer: NodeJS.Timeout;
}

export class PauseGate {
  readonly #timeoutMs: number;
  readonly #waiting = new Set<Waiter>();
  #closed = false;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  get timeoutMs(): number {
    return this.#timeoutMs;
  }

  get waitingCount(): number {
    return this.#waiting.size;
  }

  get isClosed(): boolean {
    return this.#closed;
  }

  close(): void {
    this.#closed = true;
  }

  /** Lets every waiting request go on, in arrival order, and new ones pass straight through. */
  open(): void {
    this.#closed = false;
    const waiting = [...this.#waiting];
    this.#waiting.clear();
    for (const waiter of waiting) {
      clearTimeout(waiter.timer);
      waiter.proceed();
    }
  }

  /**
   * Runs `proceed` now if the gate is open, otherwise when it opens; runs `giveUp` instead if it stays
   * closed for the whole timeout. The returned function withdraws a waiting request (client gone).
   */
  pass(proceed: () => void, giveUp: () => void): () => void {
    if (!this.#closed) {
      proceed();
      return () => undefined;
    }
    const waiter: Waiter = {
      proceed,
      timer: setTimeout(() => {
        this.#waiting.delete(waiter);
        giveUp();
      }, this.#timeoutMs),
    };
    this.#waiting.add(waiter);
    return () => {
      clearTimeout(waiter.timer);
      this.#waiting.delete(waiter);
    };
  }

  /** Forgets every waiting request without running it (the listener is shutting down). */
  dropAll(): void {
    for (const waiter of this.#waiting) clearTimeout(waiter.timer);
    this.#waiting.clear();
  }
}
