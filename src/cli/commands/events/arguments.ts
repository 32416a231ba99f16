import { InvalidArgumentError } from 'commander';
import type { z } from 'zod';
import { EventCursor, EventTypeName, ExpectedVersion, Id, StreamId } from '../../../contracts/index.js';

// Option and argument parsers for `webnova events`: a bad value is a usage error (exit 2) that says what
// a good one looks like, before any request is sent.

/** Checks a value against its contract; the contract's own message says what a good value looks like. */
export function matching(schema: z.ZodType<string>): (value: string) => string {
  return (value) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new InvalidArgumentError(`'${value}' ${parsed.error.issues[0]?.message ?? 'is not valid'}.`);
    }
    return parsed.data;
  };
}

export const cursorArgument = matching(EventCursor);
export const idArgument = matching(Id);
export const streamIdArgument = matching(StreamId);
export const eventTypeArgument = matching(EventTypeName);

/** For options that may be repeated (`--type A --type B`): each value checked, all kept. */
export function repeatable(
  parse: (value: string) => string,
): (value: string, previous: string[] | undefined) => string[] {
  return (value, previous) => [...(previous ?? []), parse(value)];
}

/** `any`, `no_stream`, `stream_exists` or a version number, as the append route takes it. */
export function expectedVersionArgument(value: string): ExpectedVersion {
  const candidate = /^\d+$/.test(value) ? Number(value) : value;
  const parsed = ExpectedVersion.safeParse(candidate);
  if (!parsed.success) {
    throw new InvalidArgumentError('must be any, no_stream, stream_exists or a version number such as 3.');
  }
  return parsed.data;
}

/** Event data and metadata are JSON objects: `{"name":"Lina"}`, not a bare string or a list. */
export function jsonObjectArgument(value: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new InvalidArgumentError(`is not valid JSON; quote it for your shell, e.g. '{"name":"Lina"}'.`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InvalidArgumentError(`must be a JSON object, e.g. '{"name":"Lina"}'.`);
  }
  return parsed as Record<string, unknown>;
}
