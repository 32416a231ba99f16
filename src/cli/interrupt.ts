/**
 * Lets a long-running command (`events tail`) stop cleanly on Ctrl-C: the first SIGINT asks the loop to
 * finish what it is printing and exit 0; our handler is then removed, so a second Ctrl-C kills at once
 * as the user expects.
 */
export interface Interrupt {
  readonly stopped: boolean;
  /** Waits `ms`, or less if interrupted meanwhile. */
  sleep(ms: number): Promise<void>;
  /** Removes the handler; call when the command ends, interrupted or not. */
  dispose(): void;
}

export function onInterrupt(signal: NodeJS.Signals = 'SIGINT'): Interrupt {
  let stopped = false;
  const wakers = new Set<() => void>();
  const handler = () => {
    stopped = true;
    process.off(signal, handler);
    for (const wake of wakers) wake();
  };
  process.on(signal, handler);
  return {
    get stopped() {
      return stopped;
    },
    sleep: (ms) =>
      stopped
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const wake = () => {
              clearTimeout(timer);
              wakers.delete(wake);
              resolve();
            };
            const timer = setTimeout(wake, ms);
            wakers.add(wake);
          }),
    dispose: () => process.off(signal, handler),
  };
}
