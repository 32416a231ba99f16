import { setTimeout as sleep } from 'node:timers/promises';
import { sendNotification, type Database, type Listener } from '../../db/index.js';

/** The channel that tells every instance "tenant T has new events"; the payload is tenant ids, comma-separated. */
export const EVENTS_CHANNEL = 'webnova_events';
// NOTIFY payloads must stay under 8000 bytes; 36-byte ids plus commas fit 200 at a time with room to spare.
const IDS_PER_NOTIFY = 200;
// Other instances hear of this one's commits at most this often (plus a round trip): a busy writer sends
// one NOTIFY per interval instead of one per append. This instance's own followers are woken at once.
const MIN_NOTIFY_INTERVAL_MS = 5;

type Wake = (tenantId: string) => void;

/**
 * Wake-ups for followers of the event store. An append that commits wakes this instance's followers at
 * once and, a moment later (at most MIN_NOTIFY_INTERVAL_MS), the other instances through one coalesced
 * NOTIFY sent outside the append's transaction. (A NOTIFY inside the transaction would serialize every
 * committing writer on PostgreSQL's notify-queue lock.) A lost wake-up only delays delivery until the
 * followers' next poll.
 */
export class EventNotifier {
  private readonly wakes = new Set<Wake>();
  private readonly pending = new Set<string>();
  private flushing: Promise<void> | null = null;
  private lastSentAt = 0;
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
    try {
      do {
        // Let the appends committing meanwhile join the same NOTIFY: at least this tick's, and all of
        // those since the last NOTIFY when it went out less than MIN_NOTIFY_INTERVAL_MS ago.
        const wait = this.lastSentAt + MIN_NOTIFY_INTERVAL_MS - Date.now();
        await (wait > 0 ? sleep(wait) : new Promise((resolve) => setImmediate(resolve)));
        this.lastSentAt = Date.now();
        const ids = [...this.pending];
        this.pending.clear();
        for (let start = 0; start < ids.length; start += IDS_PER_NOTIFY) {
          const payload = ids.slice(start, start + IDS_PER_NOTIFY).join(',');
          await sendNotification(this.database, EVENTS_CHANNEL, payload);
        }
      } while (this.pending.size);
    } catch {
      // The database is unreachable; other instances will find the events by polling.
      this.pending.clear();
    } finally {
      this.flushing = null;
    }
  }
}
