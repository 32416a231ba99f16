import type { DeploymentStep, DeploymentStepName } from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';

/** A step that failed: which one, and why in words a person can act on. */
export class StepFailure extends Error {
  constructor(
    readonly step: DeploymentStepName,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${step}: ${reason}`, options);
  }
}

/** The error a step failed with, as thrown inside it (an AppError keeps its code and HTTP status). */
export function thrownBy(error: unknown): unknown {
  return error instanceof StepFailure && error.cause !== undefined ? error.cause : error;
}

/**
 * Runs the steps of a deployment one by one, timing each, telling `onStep` (the SSE stream) and keeping
 * the list for the deployment's detail.
 */
export class StepRunner {
  readonly steps: DeploymentStep[] = [];

  constructor(private readonly onStep: (step: DeploymentStep) => void = () => undefined) {}

  async run<T>(
    step: DeploymentStepName,
    work: () => Promise<T>,
    describe?: (result: T) => string,
  ): Promise<T> {
    this.emit({ step, status: 'started' });
    const started = performance.now();
    try {
      const result = await work();
      const message = describe?.(result);
      this.emit({
        step,
        status: 'done',
        durationMs: Math.round(performance.now() - started),
        ...(message ? { message } : {}),
      });
      return result;
    } catch (error) {
      const reason = reasonOf(error);
      this.emit({
        step,
        status: 'failed',
        durationMs: Math.round(performance.now() - started),
        message: reason,
      });
      throw error instanceof StepFailure ? error : new StepFailure(step, reason, { cause: error });
    }
  }

  private emit(step: DeploymentStep): void {
    this.steps.push(step);
    this.onStep(step);
  }
}

export function reasonOf(error: unknown): string {
  if (error instanceof StepFailure) return error.reason;
  if (error instanceof AppError) return error.hint ? `${error.message}. ${error.hint}` : error.message;
  if (error instanceof Error) {
    const tail = (error as { logTail?: unknown }).logTail;
    const lines = Array.isArray(tail) ? tail.filter((line): line is string => typeof line === 'string') : [];
    return lines.length > 0 ? `${error.message}\n${lines.slice(-20).join('\n')}` : error.message;
  }
  return String(error);
}
