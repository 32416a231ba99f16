import type { AppDb } from '../../db/index.js';
import type { EventRegistry } from './event-registry.js';
import { releaseLeases, renewLeases } from './leases.js';
import type { EventNotifier } from './notifier.js';
import { processPartitionPage } from './process-partition.js';
import type { ResolvedSubscription } from './subscription.js';
import { tenantsBehind } from './tenants-behind.js';

const PAGES_PER_VISIT = 4;

export interface RunnerOptions {
  /** This instance's name in the lease table. */
  consumerId: string;
  /** The fallback when a NOTIFY is lost: how often to look for tenants with unprocessed events. */
  pollMs: number;
  leaseMs: number;
  onError: (error: unknown, subscription: string) => void;
}

/**
 * Runs every registered subscription on this instance: one loop each, which holds leases on its share
 * of partitions, sleeps until a wake-up (NOTIFY or a local commit) or the poll interval, and then
 * processes the tenants that have work, page by page, partition by partition.
 */
export class SubscriptionRunner {
  private stopping = false;
  private readonly loops: Promise<void>[] = [];
  private readonly signals = new Set<() => void>();

  constructor(
    private readonly db: AppDb,
    private readonly registry: EventRegistry,
    private readonly notifier: EventNotifier,
    private readonly subscriptions: readonly ResolvedSubscription[],
    private readonly options: RunnerOptions,
  ) {}

  start(): void {
    for (const subscription of this.subscriptions) this.loops.push(this.run(subscription));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const signal of this.signals) signal();
    await Promise.all(this.loops);
    for (const subscription of this.subscriptions) {
      await releaseLeases(this.db, subscription.name, this.options.consumerId).catch(() => undefined);
    }
  }

  private async run(sub: ResolvedSubscription): Promise<void> {
    // Tenants with events committed since the last visit (a local commit or a NOTIFY woke us), and tenants
    // with a backlog (more was left after a visit, or the poll found them behind). Live tenants go first,
    // and a backlog visit gives way after each page while live tenants wait.
    const woken = new Set<string>();
    const behind = new Set<string>();
    let signal: (() => void) | null = null;
    const wake = () => signal?.();
    this.signals.add(wake);
    const unsubscribe = this.notifier.onWake((tenantId) => {
      woken.add(tenantId);
      wake();
    });
    let owned: number[] = [];
    let renewAt = 0;
    let pollAt = 0;
    while (!this.stopping) {
      try {
        if (Date.now() >= renewAt) {
          owned = await renewLeases(
            this.db,
            sub.name,
            sub.partitions,
            this.options.consumerId,
            this.options.leaseMs,
          );
          renewAt = Date.now() + this.options.leaseMs / 3;
        }
        const live = new Set(woken);
        woken.clear();
        const backlog = new Set(behind);
        behind.clear();
        if (Date.now() >= pollAt) {
          for (const tenantId of await tenantsBehind(this.db, sub.name, sub.partitions))
            backlog.add(tenantId);
          pollAt = Date.now() + this.options.pollMs;
        }
        for (const tenantId of live) {
          backlog.delete(tenantId);
          if (await this.catchUp(sub, tenantId, owned, () => false)) behind.add(tenantId);
        }
        for (const tenantId of backlog)
          if (await this.catchUp(sub, tenantId, owned, () => woken.size > 0)) behind.add(tenantId);
      } catch (error) {
        if (!this.stopping) this.options.onError(error, sub.name);
        renewAt = 0;
      }
      if (woken.size || behind.size || this.stopping) continue;
      const until = Math.min(pollAt, renewAt) - Date.now();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, until));
        signal = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      signal = null;
    }
    unsubscribe();
    this.signals.delete(wake);
  }

  /**
   * A few pages per partition per visit, then the next tenant: a tenant with a long backlog (a new
   * subscription, a big import) must not hold up the live events of the others. With `giveWay` true the
   * visit ends after one page per partition (every partition still moves). Returns true if more is left.
   */
  private async catchUp(
    sub: ResolvedSubscription,
    tenantId: string,
    partitions: number[],
    giveWay: () => boolean,
  ): Promise<boolean> {
    let more = false;
    for (const partition of partitions) {
      const work = {
        db: this.db,
        registry: this.registry,
        subscription: sub,
        tenantId,
        partition,
        stopping: () => this.stopping,
      };
      let pages = 0;
      while (!this.stopping && (await processPartitionPage(work)) >= sub.batchSize) {
        pages += 1;
        if (pages >= PAGES_PER_VISIT || giveWay()) {
          more = true;
          break;
        }
      }
    }
    return more;
  }
}
