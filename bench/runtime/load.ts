/**
 * A closed-loop load generator: `concurrency` loops, each sending its next request as soon as the last one
 * answered, for a fixed time. Every request goes through Node's own fetch (undici), with keep-alive.
 */

export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
}

export interface LoadResult {
  rps: number;
  requests: number;
  /** Answers other than 200, and requests that failed outright: a round with errors is not comparable. */
  errors: number;
}

export async function runLoad(target: LoadTarget, concurrency: number, seconds: number): Promise<LoadResult> {
  const deadline = Date.now() + seconds * 1000;
  let requests = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        try {
          const response = await fetch(target.url, { headers: target.headers });
          // The body is read in full, as a real client would, so the connection is reused.
          await response.arrayBuffer();
          if (response.status !== 200) errors += 1;
        } catch {
          errors += 1;
        }
        requests += 1;
      }
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  return { rps: requests / elapsedSeconds, requests, errors };
}
