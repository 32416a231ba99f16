import { sql } from 'drizzle-orm';
import { withTenant, type AppDb, type AppTx } from '../../db/index.js';
import {
  appendEvents,
  appendEventsAsTenant,
  type AppendOptions,
  type AppendResult,
  type NewEvent,
} from './append-events.js';
import { EVENTS_CHANNEL, type EventNotifier } from './notifier.js';
import { ConcurrencyError } from './expected-version.js';
import type { EventRegistry } from './event-registry.js';
import type { InlineProjection } from './projection.js';

const CREATION_RACE_RETRIES = 3;

/**
 * The event store's write side. `append` owns its transaction (a single autocommit statement when no
 * inline projection needs to join it) and wakes followers after commit;
 * `appendIn` joins a caller's transaction (e.g. an HTTP route's, to commit with its audit entry) and asks
 * PostgreSQL to NOTIFY when that transaction commits, since only the database knows when that is.
 * Inline projections run in the appending transaction either way.
 */
export class EventStore {
  constructor(
    private readonly db: AppDb,
    readonly registry: EventRegistry,
    private readonly notifier: EventNotifier,
    private readonly projections: readonly InlineProjection[],
  ) {}

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
          : await appendEventsAsTenant(this.db, this.registry, tenantId, streamId, events, options);
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
