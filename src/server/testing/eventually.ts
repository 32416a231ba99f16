export interface EventuallyOptions {
  /** Generous: a limit for a test that is stuck, not a claim about how fast anything is. */
  timeoutMs?: number;
  /** How often to look; short where the wait itself is measured (a benchmark). */
  intervalMs?: number;
}

/**
 * Polls `check` until it returns a value other than undefined or false, and resolves with that value:
 * tests wait on outcomes, never on fixed times. A check that throws counts as "not yet"; if time runs
 * out, the error names `what` and the last thing the check threw.
 */
export async function eventually<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  { timeoutMs = 20_000, intervalMs = 25 }: EventuallyOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const cause = last instanceof Error ? `: ${last.message}` : '';
      throw new Error(`Timed out waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
