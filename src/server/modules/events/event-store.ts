import { sql } from 'drizzle-orm';
import { withTenant, type AppDb, type AppTx } from '../../db/index.js';
import {
  appendEvents,
  appendGroupAsTenant,
  appendPreparedAsTenant,
  prepareAppend,
  type AppendOptions,
  type AppendResult,
  type NewEvent,
  type PreparedAppend,
} from './append-events.js';
import { EVENTS_CHANNEL, type EventNotifier } from './notifier.js';
import { ConcurrencyError } from './expected-version.js';
import type { EventRegistry } from './event-registry.js';
import type { InlineProjection } from './projection.js';

const CREATION_RACE_RETRIES = 3;
// A group commit takes at most this many appends, and stops adding appends once it holds this many events.
const GROUP_MAX_APPENDS = 64;
const GROUP_MAX_EVENTS = 1_000;
// Appends of more events than this go on their own at once: their statement's fixed cost is small beside
// their rows, and queued behind one another they would lose the parallelism of the connection pool.
const GROUP_MAX_EVENTS_PER_APPEND = 10;

interface QueuedAppend {
  prepared: PreparedAppend;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/** A tenant's appends waiting for its write in flight to finish. */
interface TenantQueue {
  inFlight: boolean;
  waiting: QueuedAppend[];
}

/**
 * The event store's write side. `append` owns its transaction (a single autocommit statement when no
 * inline projection needs to join it) and wakes followers after commit;
 * `appendIn` joins a caller's transaction (e.g. an HTTP route's, to commit with its audit entry) and asks
 * PostgreSQL to NOTIFY when that transaction commits, since only the database knows when that is.
 * Inline projections run in the appending transaction either way.
 *
 * Group commit: while one append of a tenant is in flight, the tenant's further appends wait, and go
 * together as one statement when it returns (webnova_append_events_group_as_tenant), one transaction and
 * one commit for all of them. Each is still checked on its own (expected version, event ids, archived), so
 * each caller gets its own result or its own error, and a refused append writes nothing. Should the group
 * statement fail as a whole, nothing of it was written and its appends are made one by one.
 */
export class EventStore {
  constructor(
    private readonly db: AppDb,
    readonly registry: EventRegistry,
    private readonly notifier: EventNotifier,
    private readonly projections: readonly InlineProjection[],
  ) {}

  private readonly queues = new Map<string, TenantQueue>();

  async append(
    tenantId: string,
    streamId: string,
    events: NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const result = this.hasInlineProjection(events)
          ? await withTenant(this.db, { tenantId }, (tx) =>
              this.write(tx, tenantId, streamId, events, options),
            )
          : await this.appendGrouped(tenantId, prepareAppend(this.registry, streamId, events, options));
        if (!result.duplicate) this.notifier.committed(tenantId);
        return result;
      } catch (error) {
        // Another writer created the stream at the same moment. Trying again either succeeds (`any`) or
        // fails with the version that writer left, which the caller needs to see.
        const lostCreationRace = error instanceof ConcurrencyError && error.actual === null;
        if (!lostCreationRace || attempt >= CREATION_RACE_RETRIES) throw error;
      }
    }
  }

  async appendIn(
    tx: AppTx,
    tenantId: string,
    streamId: string,
    events: NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const result = await this.write(tx, tenantId, streamId, events, options);
    if (!result.duplicate) await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${tenantId})`);
    return result;
  }

  /** Queues the append behind the tenant's write in flight, if any; see the class comment. */
  private appendGrouped(tenantId: string, prepared: PreparedAppend): Promise<AppendResult> {
    if (prepared.rows.length > GROUP_MAX_EVENTS_PER_APPEND) {
      return appendPreparedAsTenant(this.db, tenantId, prepared);
    }
    return new Promise((resolve, reject) => {
      let queue = this.queues.get(tenantId);
      if (!queue) {
        queue = { inFlight: false, waiting: [] };
        this.queues.set(tenantId, queue);
      }
      queue.waiting.push({ prepared, resolve, reject });
      if (!queue.inFlight) void this.drain(tenantId, queue);
    });
  }

  /**
   * Writes the tenant's waiting appends, a group at a time, until none are left. After each group it lets
   * the event loop turn once, so that the callers it just answered, and whoever else is ready, can queue
   * their next appends and join the next group instead of going alone.
   */
  private async drain(tenantId: string, queue: TenantQueue): Promise<void> {
    queue.inFlight = true;
    try {
      while (queue.waiting.length) {
        let events = 0;
        let take = 0;
        while (take < queue.waiting.length && take < GROUP_MAX_APPENDS && events < GROUP_MAX_EVENTS) {
          events += queue.waiting[take]!.prepared.rows.length;
          take += 1;
        }
        await this.writeGroup(tenantId, queue.waiting.splice(0, take));
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      queue.inFlight = false;
      this.queues.delete(tenantId);
    }
  }

  private async writeGroup(tenantId: string, group: QueuedAppend[]): Promise<void> {
    if (group.length > 1) {
      let outcomes: PromiseSettledResult<AppendResult>[] | null = null;
      try {
        outcomes = await appendGroupAsTenant(
          this.db,
          tenantId,
          group.map((queued) => queued.prepared),
        );
      } catch {
        // Nothing of the group was written; each append is made, and succeeds or fails, on its own below.
      }
      if (outcomes) {
        outcomes.forEach((outcome, index) => {
          if (outcome.status === 'fulfilled') group[index]!.resolve(outcome.value);
          else group[index]!.reject(outcome.reason);
        });
        return;
      }
    }
    for (const queued of group) {
      try {
        queued.resolve(await appendPreparedAsTenant(this.db, tenantId, queued.prepared));
      } catch (error) {
        queued.reject(error);
      }
    }
  }

  /** Inline projections run in the append's transaction; without one, the append is one statement. */
  private hasInlineProjection(events: NewEvent[]): boolean {
    return this.projections.some((projection) =>
      events.some((event) => projection.types.includes(event.type)),
    );
  }

  private async write(
    tx: AppTx,
    tenantId: string,
    streamId: string,
    events: NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const result = await appendEvents(tx, this.registry, tenantId, streamId, events, options);
    if (!result.duplicate && this.projections.length) {
      const first = result.nextVersion - events.length + 1;
      const appended = events.map((event, index) => ({ ...event, streamId, streamVersion: first + index }));
      for (const projection of this.projections) {
        const relevant = appended.filter((event) => projection.types.includes(event.type));
        if (relevant.length) await projection.apply(tx, tenantId, relevant);
      }
    }
    return result;
  }
}
