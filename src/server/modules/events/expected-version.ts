import type { ExpectedVersion } from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';

/** Whether a stream at `actual` (0 when it has no events) satisfies what the writer expected. */
export function satisfies(expected: ExpectedVersion, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === 0;
  if (expected === 'stream_exists') return actual > 0;
  return actual === expected;
}

/** The typed concurrency error: a 409 that names the expected and the actual version. */
export class ConcurrencyError extends AppError {
  readonly expected: ExpectedVersion;
  /** `null` when another writer created the stream at the same moment and its version is not known here. */
  readonly actual: number | null;

  constructor(streamId: string, expected: ExpectedVersion, actual: number | null) {
    const seen = actual === null ? 'was changed by a concurrent writer' : `is at version ${actual}`;
    super('concurrency_conflict', `Stream ${streamId} ${seen}, but ${describe(expected)} was expected`, {
      hint: 'Read the stream again, decide on its current state, and append with its current version.',
      details: { streamId, expected, actual },
    });
    this.expected = expected;
    this.actual = actual;
  }
}

function describe(expected: ExpectedVersion): string {
  if (expected === 'no_stream') return 'no stream';
  if (expected === 'stream_exists') return 'an existing stream';
  if (expected === 'any') return 'any version';
  return `version ${expected}`;
}
