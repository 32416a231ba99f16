import type { Command } from 'commander';
import { AppendEventsResponse, type ExpectedVersion } from '../../../contracts/index.js';
import { describe, withContext } from '../../command-kit.js';
import {
  eventTypeArgument,
  expectedVersionArgument,
  idArgument,
  jsonObjectArgument,
  streamIdArgument,
} from './arguments.js';
import { requireTenant } from './tenant.js';

interface AppendOptions {
  type: string;
  data: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  expectedVersion: ExpectedVersion;
  eventId?: string;
}

/**
 * `webnova events append`: one event from a script. `--event-id` makes a retried call idempotent, and
 * `--expected-version` turns a concurrent writer into a refusal (exit 1) instead of a silent interleaving.
 */
export function addAppendCommand(events: Command): void {
  describe(
    events.command('append'),
    "Append one event to a stream. Types no module owns are accepted as JSON objects up to 64 KB, checked against the tenant's JSON Schema for the type if one is registered.",
    [
      `webnova events append lead-42 --type crm.LeadCaptured --data '{"name":"Lina"}'`,
      `webnova events append lead-42 --type crm.LeadQualified --data '{}' --expected-version 1 --json`,
    ],
  )
    .argument('<streamId>', 'the stream, e.g. lead-42', streamIdArgument)
    .requiredOption('--type <type>', 'the event type, e.g. crm.LeadCaptured', eventTypeArgument)
    .requiredOption('--data <json>', 'the event data, a JSON object', jsonObjectArgument)
    .option('--metadata <json>', 'metadata to store with the event, a JSON object', jsonObjectArgument)
    .option(
      '--expected-version <v>',
      'refuse unless the stream is at this version: any, no_stream, stream_exists or a number',
      expectedVersionArgument,
      'any',
    )
    .option(
      '--event-id <uuid>',
      'your id for the event, so that running the same command twice appends once',
      idArgument,
    )
    .action(
      withContext<AppendOptions>(async ({ args, options, settings, client, output }) => {
        requireTenant(settings);
        const event = {
          type: options.type,
          data: options.data,
          ...(options.metadata ? { metadata: options.metadata } : {}),
          ...(options.eventId ? { eventId: options.eventId } : {}),
        };
        const streamId = args[0]!;
        const result = await client.post(
          `/api/events/streams/${encodeURIComponent(streamId)}`,
          { expectedVersion: options.expectedVersion, events: [event] },
          AppendEventsResponse,
        );
        output.result(result, (appended) =>
          appended.duplicate
            ? `Already appended (same event id): ${streamId} is at version ${appended.nextVersion}.`
            : `Appended to ${streamId}: now at version ${appended.nextVersion} (position ${appended.lastPosition}).`,
        );
      }),
    );
}
