import type { DeploymentStep } from '../../../../contracts/index.js';

/** Keeps one entry per step, in the order they started; a later event for a step replaces its earlier one. */
export function mergeStep(steps: readonly DeploymentStep[], next: DeploymentStep): DeploymentStep[] {
  const index = steps.findIndex((step) => step.step === next.step);
  if (index < 0) return [...steps, next];
  return steps.map((step, position) => (position === index ? next : step));
}
