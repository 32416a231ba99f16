import type { Command } from 'commander';
import { EventPage, type StoredEventView } from '../../../contracts/index.js';
import { describe, integerIn, withContext } from '../../command-kit.js';
import { onInterrupt } from '../../interrupt.js';
import { shortTime } from '../../output.js';
import { cursorArgument, eventTypeArgument, repeatable, streamIdArgument } from './arguments.js';
import { requireTenant } from './tenant.js';

/** The largest page the read-all route serves: catching up on a long history takes few round trips. */
const PAGE = 1000;
/** Long data would wrap a terminal line many times; `--json` always has all of it. */
const DATA_PREVIEW = 160;

interface TailOptions {
  after: string;
  type?: string[];
  stream?: string[];
  once?: boolean;
  interval: number;
}

/**
 * `webnova events tail`: reads the tenant's events in cursor order, the order that never skips one, and
 * keeps polling for new ones. Type and stream filters are applied here, not by the server: the cursor
 * must still move past the events they hide.
 */
export function addTailCommand(events: Command): void {
  describe(
    events.command('tail'),
    "Print the tenant's events in order, then follow new ones until Ctrl-C. Starts at the beginning unless --after names a cursor; on Ctrl-C it prints the cursor to resume from.",
    [
      'webnova events tail --tenant 0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f70',
      'webnova events tail --type crm.LeadCaptured --stream lead-42 --json | jq .data',
      'webnova events tail --after 1234:56 --once',
    ],
  )
    .option(
      '--after <cursor>',
      'start after this cursor (an event\'s "cursor"; 0:0 is the beginning)',
      cursorArgument,
      '0:0',
    )
    .option('--type <type>', 'only events of this type; repeat for several', repeatable(eventTypeArgument))
    .option(
      '--stream <streamId>',
      'only events of this stream; repeat for several',
      repeatable(streamIdArgument),
    )
    .option('--once', 'print the events there are now and exit instead of following')
    .option(
      '--interval <ms>',
      'how often to look for new events while following',
      integerIn(100, 60_000),
      1_000,
    )
    .action(
      withContext<TailOptions>(async ({ options, settings, client, output }) => {
        requireTenant(settings);
        const { type: types, stream: streams } = options;
        const wanted = (event: StoredEventView) =>
          (!types || types.includes(event.type)) && (!streams || streams.includes(event.streamId));
        const interrupt = onInterrupt();
        let after = options.after;
        try {
          while (!interrupt.stopped) {
            const page = await client.get(`/api/events?after=${after}&limit=${PAGE}`, EventPage);
            for (const event of page.events) if (wanted(event)) output.record(event, eventLine);
            after = page.next;
            if (page.events.length === PAGE) continue;
            if (options.once) break;
            await interrupt.sleep(options.interval);
          }
        } finally {
          interrupt.dispose();
        }
        if (interrupt.stopped) output.note(`Stopped. To go on from here: --after ${after}`);
      }),
    );
}

function eventLine(event: StoredEventView): string {
  const data = JSON.stringify(event.data);
  const preview = data.length > DATA_PREVIEW ? `${data.slice(0, DATA_PREVIEW - 1)}…` : data;
  return [
    shortTime(event.createdAt),
    event.cursor,
    `${event.streamId}@${event.streamVersion}`,
    event.type,
    preview,
  ].join('  ');
}
