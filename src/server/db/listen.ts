import pg from 'pg';
import type { Database, Listener } from './types.js';

const RECONNECT_DELAY_MS = 1_000;

/** Channel names go into SQL as identifiers, so only plain lowercase names are allowed. */
export function checkChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`invalid NOTIFY channel name: ${channel}`);
  return channel;
}

/**
 * LISTEN on a dedicated connection that reconnects after losing the server. Notifications sent while it
 * was away are lost, which is why every listener in WebNova also polls: NOTIFY is a wake-up, not a queue.
 */
export async function listenOnPostgres(
  databaseUrl: string,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<Listener> {
  let closed = false;
  let client: pg.Client | null = null;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
    next.on('notification', (message) => onPayload(message.payload ?? ''));
    next.on('error', () => {
      if (client === next) reconnectSoon();
    });
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    if (closed) await next.end();
    else client = next;
  };
  const reconnectSoon = () => {
    const lost = client;
    client = null;
    void lost?.end().catch(() => undefined);
    if (closed) return;
    setTimeout(() => {
      if (!closed) connect().catch(reconnectSoon);
    }, RECONNECT_DELAY_MS).unref();
  };

  await connect();
  return {
    close: async () => {
      closed = true;
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
}

/**
 * Sends one NOTIFY on `channel` as its own short transaction, without waiting for that transaction's
 * commit record to reach disk (`synchronous_commit` off for it alone). A notification is a wake-up, not
 * data: listeners receive it as soon as it commits either way, and a crash can lose only the wake-up,
 * which their polling covers. Saves a WAL flush per notification on a busy server.
 */
export async function sendNotification(database: Database, channel: string, payload: string): Promise<void> {
  await database.query(`select set_config('synchronous_commit', 'off', true), pg_notify($1, $2)`, [
    checkChannel(channel),
    payload,
  ]);
}
