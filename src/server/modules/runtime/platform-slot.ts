import type { DeploymentStep } from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';
import type { PreviewProxy } from './preview/index.js';
import type { Supervisor } from './supervisor/index.js';

/** One deployment's process, as the runtime holds it. */
export interface RunningInstance {
  deploymentId: string;
  supervisor: Supervisor;
  /** `http://127.0.0.1:<port>`: where the preview proxy sends requests. */
  upstream: string;
  /** The build directory it runs from (also what identifies its orphan after a WebNova crash). */
  buildDir: string;
}

/**
 * What runs for one platform: its preview proxy (a stable URL) and the instance behind it. Changes to a
 * platform's deployments (deploy, stop, restart, rollback) take turns: a second one while the first is
 * under way is refused with a 409 rather than queued behind a build the caller cannot see.
 */
export class PlatformSlot {
  proxy: PreviewProxy | null = null;
  /** The port the proxy listens on: part of the preview URL, kept across redeploys and restarts. */
  previewPort: number | null = null;
  active: RunningInstance | null = null;
  private busyWith: string | null = null;
  /** Keeps the supervisor's reports in order while each is written in its own transaction. */
  private reports: Promise<void> = Promise.resolve();

  constructor(
    readonly tenantId: string,
    readonly platformId: string,
  ) {}

  async exclusive<T>(what: string, work: () => Promise<T>): Promise<T> {
    if (this.busyWith) {
      throw new AppError('conflict', `This platform is busy: ${this.busyWith} is under way`, {
        hint: 'Wait for it to finish (GET the platform’s deployments to follow it), then try again.',
        details: { busyWith: this.busyWith },
      });
    }
    this.busyWith = what;
    try {
      return await work();
    } finally {
      this.busyWith = null;
    }
  }

  /** Runs `report` after the ones before it; a failure is passed to `onError` and does not stop the next. */
  report(report: () => Promise<void>, onError: (error: unknown) => void): void {
    this.reports = this.reports.then(report).catch(onError);
  }

  /** Resolves when every report so far has been written (tests and shutdown). */
  settled(): Promise<void> {
    return this.reports;
  }
}

/** Every platform slot of this WebNova process, by platform id. */
export class PlatformSlots {
  private readonly slots = new Map<string, PlatformSlot>();
  /** The steps of recent deployments made by this process, for their detail (not kept across restarts). */
  private readonly steps = new Map<string, DeploymentStep[]>();

  rememberSteps(deploymentId: string, steps: DeploymentStep[]): void {
    this.steps.set(deploymentId, steps);
    // Bounded: only recent deployments' steps are worth showing.
    if (this.steps.size > 500) this.steps.delete(this.steps.keys().next().value ?? deploymentId);
  }

  stepsOf(deploymentId: string): DeploymentStep[] {
    return this.steps.get(deploymentId) ?? [];
  }

  slot(tenantId: string, platformId: string): PlatformSlot {
    let slot = this.find(tenantId, platformId);
    if (!slot) {
      slot = new PlatformSlot(tenantId, platformId);
      this.slots.set(platformId, slot);
    }
    return slot;
  }

  /** The slot of a platform of this tenant (a slot of another tenant's platform is never returned). */
  find(tenantId: string, platformId: string): PlatformSlot | undefined {
    const slot = this.slots.get(platformId);
    return slot?.tenantId === tenantId ? slot : undefined;
  }

  all(): PlatformSlot[] {
    return [...this.slots.values()];
  }
}
