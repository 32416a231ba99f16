import type { Database, Listener } from '../../db/index.js';

/** The channel that tells every instance "tenant T has new events"; the payload is tenant ids, comma-separated. */
export const EVENTS_CHANNEL = 'webnova_events';
// NOTIFY payloads must stay under 8000 bytes; 36-byte ids plus commas fit 200 at a time with room to spare.
const IDS_PER_NOTIFY = 200;

type Wake = (tenantId: string) => void;

/**
 * Wake-ups for followers of the event store. An append that commits wakes this instance's followers at
 * once and, a moment later, the other instances through one coalesced NOTIFY sent outside the append's
 * transaction. (A NOTIFY inside the transaction would serialize every committing writer on PostgreSQL's
 * notify-queue lock.) A lost wake-up only delays delivery until the followers' next poll.
 */
export class EventNotifier {
  private readonly wakes = new Set<Wake>();
  private readonly pending = new Set<string>();
  private flushing: Promise<void> | null = null;
  private listener: Listener | null = null;

  constructor(private readonly database: Database) {}

  onWake(wake: Wake): () => void {
    this.wakes.add(wake);
    return () => this.wakes.delete(wake);
  }

  /** Call after the transaction that appended for `tenantId` has committed. */
  committed(tenantId: string): void {
    this.wakeLocal(tenantId);
    this.pending.add(tenantId);
    this.flushing ??= this.flush();
  }

  async start(): Promise<void> {
    this.listener ??= await this.database.listen(EVENTS_CHANNEL, (payload) => {
      for (const tenantId of payload.split(',')) if (tenantId) this.wakeLocal(tenantId);
    });
  }

  async stop(): Promise<void> {
    await this.flushing;
    await this.listener?.close();
    this.listener = null;
  }

  private wakeLocal(tenantId: string): void {
    for (const wake of this.wakes) wake(tenantId);
  }

  private async flush(): Promise<void> {
    // Let the appends committing in this tick join the same NOTIFY.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (this.pending.size) {
        const ids = [...this.pending].slice(0, IDS_PER_NOTIFY);
        for (const id of ids) this.pending.delete(id);
        await this.database.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, ids.join(',')]);
      }
    } catch {
      // The database is unreachable; other instances will find the events by polling.
      this.pending.clear();
    } finally {
      this.flushing = null;
    }
  }
}
