import type { Command } from 'commander';
import { describe } from '../command-kit.js';
import { addAppendCommand } from './events/append.js';
import { addDeadLetterCommands } from './events/dead-letters.js';
import { addTailCommand } from './events/tail.js';

/**
 * `webnova events`: the tenant's event store from the terminal. Every command works inside one tenant
 * (--tenant or WEBNOVA_TENANT); the sub-commands live in ./events/, one file each.
 */
export function eventsCommands(program: Command): void {
  const events = describe(
    program.command('events'),
    "Follow, append and repair the tenant's events: tail, append, dead-letters.",
    ['webnova events tail --tenant 0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f70', 'webnova events dead-letters list'],
  );
  addTailCommand(events);
  addAppendCommand(events);
  addDeadLetterCommands(events);
}
