import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { withTenant, type AppDb, type AppTx } from '../../db/index.js';
import type { AppendOptions, AppendResult, NewEvent } from './append-events.js';
import { parseCursor, START, type Cursor } from './cursor.js';
import type { EventContract } from './event-registry.js';
import type { EventStore } from './event-store.js';
import type { EventNotifier } from './notifier.js';
import { readAll } from './read-all.js';
import type { StoredEvent } from './stored-event.js';
import { tenantsBehind } from './tenants-behind.js';

export type BusHandler<Data = unknown> = (event: StoredEvent<Data>, tenantId: string) => void | Promise<void>;

const PAGE = 500;
// No subscription has this name, so asking which tenants are "behind" it lists every tenant with events.
const EVERY_TENANT = '$bus';

/**
 * Typed publish/subscribe for modules. Publishing appends to the store; delivery follows the store from
 * the database, never from memory, so a handler sees an event only after it committed, in the tenant's
 * cursor order, and on every instance: local commits wake this instance at once, other instances' commits
 * through NOTIFY, and polling covers a lost wake-up. Delivery starts at the head when the bus starts;
 * work that must not miss events while an instance is down belongs in a subscription.
 */
export class EventBus {
  private readonly handlers = new Map<string, Set<BusHandler>>();
  private readonly cursors = new Map<string, Cursor>();
  private readonly dirty = new Set<string>();
  private running: Promise<void> | null = null;
  private stopping = false;
  private signal: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly db: AppDb,
    private readonly store: EventStore,
    private readonly notifier: EventNotifier,
    private readonly options: { pollMs: number; onError: (error: unknown) => void },
  ) {}

  publish(
    tenantId: string,
    streamId: string,
    events: NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult> {
    return this.store.append(tenantId, streamId, events, options);
  }

  publishIn(tx: AppTx, tenantId: string, streamId: string, events: NewEvent[], options?: AppendOptions) {
    return this.store.appendIn(tx, tenantId, streamId, events, options);
  }

  /** Calls `handler` for every event of the contract's type; returns a function that unsubscribes. */
  on<C extends EventContract>(contract: C, handler: BusHandler<z.output<C['schema']>>): () => void {
    return this.onType(contract.type, handler as BusHandler);
  }

  /** For every event of every type (`*`) or of one named type. */
  onType(type: string, handler: BusHandler): () => void {
    const set = this.handlers.get(type) ?? new Set<BusHandler>();
    set.add(handler);
    this.handlers.set(type, set);
    return () => set.delete(handler);
  }

  async start(): Promise<void> {
    if (this.running) return;
    for (const tenantId of await tenantsBehind(this.db, EVERY_TENANT, 1)) {
      this.cursors.set(tenantId, await this.headOf(tenantId));
    }
    this.unsubscribe = this.notifier.onWake((tenantId) => {
      this.dirty.add(tenantId);
      this.signal?.();
    });
    this.running = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.signal?.();
    await this.running;
    this.unsubscribe?.();
  }

  private async run(): Promise<void> {
    let pollAt = Date.now() + this.options.pollMs;
    while (!this.stopping) {
      try {
        const tenants = new Set(this.dirty);
        this.dirty.clear();
        if (Date.now() >= pollAt) {
          for (const tenantId of await tenantsBehind(this.db, EVERY_TENANT, 1)) tenants.add(tenantId);
          pollAt = Date.now() + this.options.pollMs;
        }
        for (const tenantId of tenants) await this.deliver(tenantId);
      } catch (error) {
        if (!this.stopping) this.options.onError(error);
      }
      if (this.dirty.size || this.stopping) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, pollAt - Date.now()));
        this.signal = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.signal = null;
    }
  }

  private async deliver(tenantId: string): Promise<void> {
    for (;;) {
      const after = this.cursors.get(tenantId) ?? START;
      const page = await withTenant(this.db, { tenantId }, (tx) =>
        readAll(tx, this.store.registry, tenantId, after, PAGE),
      );
      for (const event of page.events) {
        for (const handler of [...(this.handlers.get(event.type) ?? []), ...(this.handlers.get('*') ?? [])]) {
          try {
            await handler(event, tenantId);
          } catch (error) {
            this.options.onError(error);
          }
        }
      }
      this.cursors.set(tenantId, parseCursor(page.next));
      if (page.events.length < PAGE) return;
    }
  }

  private async headOf(tenantId: string): Promise<Cursor> {
    const rows = await withTenant(this.db, { tenantId }, (tx) =>
      tx.execute<{ tx_id: string; global_position: number | string }>(sql`
        select tx_id::text as tx_id, global_position from events
         where tenant_id = ${tenantId} and tx_id < pg_snapshot_xmin(pg_current_snapshot())
         order by events.tx_id desc, events.global_position desc limit 1`),
    );
    const row = rows.rows[0];
    return row ? { txId: row.tx_id, position: Number(row.global_position) } : START;
  }
}
