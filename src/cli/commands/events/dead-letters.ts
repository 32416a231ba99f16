import { type Command, Option } from 'commander';
import { z } from 'zod';
import { DeadLetterDetail, DeadLetterView } from '../../../contracts/index.js';
import { describe, integerIn, withContext } from '../../command-kit.js';
import { type Column, formatFields, formatTable, shortTime } from '../../output.js';
import { idArgument } from './arguments.js';
import { requireTenant } from './tenant.js';

const EXAMPLE_ID = '0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f70';

const letterColumns: readonly Column<DeadLetterView>[] = [
  { header: 'id', value: (letter) => letter.id },
  { header: 'subscription', value: (letter) => letter.subscription },
  { header: 'event type', value: (letter) => letter.eventType },
  { header: 'stream', value: (letter) => letter.streamId },
  { header: 'attempts', value: (letter) => letter.attempts },
  { header: 'status', value: (letter) => letter.status },
  { header: 'at', value: (letter) => shortTime(letter.createdAt) },
  { header: 'last error', value: (letter) => truncate(letter.lastError, 60) },
];

/**
 * `webnova events dead-letters`: the events a subscription gave up on after its retries. Inspect one,
 * replay it once the cause is fixed (the handler runs again; the letter is resolved only if it succeeds),
 * or discard it for good.
 */
export function addDeadLetterCommands(events: Command): void {
  const letters = describe(
    events.command('dead-letters'),
    'List, inspect, replay and discard the events that subscriptions gave up on.',
    ['webnova events dead-letters list', `webnova events dead-letters replay ${EXAMPLE_ID}`],
  );

  describe(letters.command('list'), 'List dead letters, newest first (those still dead unless --status).', [
    'webnova events dead-letters list',
    'webnova events dead-letters list --subscription crm.lead-board --status discarded --json',
  ])
    .option('--subscription <name>', 'only the letters of this subscription')
    .addOption(
      new Option('--status <status>', 'which letters')
        .choices(['dead', 'replayed', 'discarded'])
        .default('dead'),
    )
    .option('--limit <n>', 'how many, 1 to 200', integerIn(1, 200), 50)
    .action(
      withContext<{ subscription?: string; status: string; limit: number }>(
        async ({ options, settings, client, output }) => {
          requireTenant(settings);
          const query = new URLSearchParams({ status: options.status, limit: String(options.limit) });
          if (options.subscription) query.set('subscription', options.subscription);
          const list = await client.get(`/api/events/dead-letters?${query}`, z.array(DeadLetterView));
          output.result(list, (rows) => formatTable(rows, letterColumns, `No ${options.status} letters.`));
        },
      ),
    );

  describe(letters.command('show'), 'Show a dead letter, its last error and the event it failed on.', [
    `webnova events dead-letters show ${EXAMPLE_ID}`,
    `webnova events dead-letters show ${EXAMPLE_ID} --json`,
  ])
    .argument('<id>', 'the dead letter id (from `list`)', idArgument)
    .action(
      withContext(async ({ args, settings, client, output }) => {
        requireTenant(settings);
        const letter = await client.get(`/api/events/dead-letters/${args[0]}`, DeadLetterDetail);
        output.result(letter, describeLetter);
      }),
    );

  for (const [verb, summary, done] of [
    [
      'replay',
      "Run the subscription's handler on the event again; the letter is resolved only if it succeeds.",
      'replayed: the handler succeeded',
    ],
    [
      'discard',
      'Give up on a dead letter for good; the subscription never sees its event again.',
      'discarded',
    ],
  ] as const) {
    describe(letters.command(verb), summary, [
      `webnova events dead-letters ${verb} ${EXAMPLE_ID}`,
      `webnova events dead-letters ${verb} ${EXAMPLE_ID} --json`,
    ])
      .argument('<id>', 'the dead letter id (from `list`)', idArgument)
      .action(
        withContext(async ({ args, settings, client, output }) => {
          requireTenant(settings);
          const letter = await client.post(
            `/api/events/dead-letters/${args[0]}/${verb}`,
            undefined,
            DeadLetterView,
          );
          output.result(letter, ({ id }) => `Dead letter ${id} ${done}.`);
        }),
      );
  }
}

function describeLetter(letter: DeadLetterDetail): string {
  const fields = formatFields([
    ['Id', letter.id],
    ['Status', letter.status],
    ['Subscription', letter.subscription],
    ['Event', `${letter.eventType} ${letter.eventId}`],
    ['Stream', letter.streamId],
    ['Position', letter.globalPosition],
    ['Attempts', letter.attempts],
    ['Dead since', letter.createdAt],
    ['Resolved', letter.resolvedAt],
    ['Last error', letter.lastError],
  ]);
  const event = letter.event
    ? `Event data:\n${JSON.stringify(letter.event.data, null, 2)}`
    : 'The event itself is no longer in the store.';
  return `${fields}\n\n${event}`;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
