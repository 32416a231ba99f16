/**
 * The child of the crash test (crash.int.test.ts): appends in a loop to the database at argv[2] (a
 * PostgreSQL URL, or `pglite:<data directory>`) and prints `ack <eventId>` after each append commits,
 * until it is killed.
 */
import { openDatabase } from '../../db/index.js';
import { createEventsModule } from './index.js';
import { cartRegistry } from './test-fixtures.js';

const [databaseUrl, tenantId] = process.argv.slice(2);
if (!databaseUrl || !tenantId) throw new Error('usage: crash-child <databaseUrl> <tenantId>');
const database = databaseUrl.startsWith('pglite:')
  ? await openDatabase({ dataDir: databaseUrl.slice('pglite:'.length) })
  : await openDatabase({ databaseUrl, poolSize: 4 });
const events = createEventsModule({ database, registry: cartRegistry() });
for (let n = 0; ; n += 1) {
  const eventId = crypto.randomUUID();
  await events.store.append(tenantId, `crash-${n % 7}`, [
    { eventId, type: 'ItemAdded', data: { sku: `c${n}`, quantity: 1 } },
  ]);
  process.stdout.write(`ack ${eventId}\n`);
}
