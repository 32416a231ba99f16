import { Circle, CircleCheck, CircleX, LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DeploymentStep, DeploymentStepName } from '../../../../contracts/index.js';
import { Progress } from '../../../components/ui/progress.js';
import { cn } from '../../../lib/cn.js';

/** What a local deployment goes through; steps not reached yet are listed as still to come. */
const LOCAL_STEPS: readonly DeploymentStepName[] = ['generate', 'build', 'database', 'start', 'switch'];

const ICON = { started: LoaderCircle, done: CircleCheck, failed: CircleX } as const;

/** The steps of a deployment as they stream in: done, in progress (spinning) or failed with its message. */
export function DeploySteps({ steps }: { steps: readonly DeploymentStep[] }) {
  const { t } = useTranslation();
  const seen = new Set(steps.map((step) => step.step));
  const upcoming = LOCAL_STEPS.filter((name) => !seen.has(name));
  const done = steps.filter((step) => step.status === 'done').length;
  const total = steps.length + upcoming.length;
  return (
    <div className="grid gap-3">
      <Progress
        value={total === 0 ? 0 : (done / total) * 100}
        label={t('deployments.progressLabel')}
        valueText={t('deployments.progressValue', { done, total })}
      />
      <ol className="grid gap-2" aria-label={t('deployments.progressLabel')}>
        {steps.map((step) => {
          const Icon = ICON[step.status];
          return (
            <li key={step.step} className="flex items-start gap-2 text-sm" data-status={step.status}>
              <Icon
                aria-hidden="true"
                className={cn(
                  'mt-0.5 size-4 shrink-0',
                  step.status === 'started' && 'animate-spin text-primary',
                  step.status === 'done' && 'text-success',
                  step.status === 'failed' && 'text-destructive',
                )}
              />
              <div className="grid flex-1 gap-0.5">
                <span className="font-medium">
                  {t(`deployments.step.${step.step}`)}
                  <span className="sr-only">: {t(`deployments.stepStatus.${step.status}`)}</span>
                </span>
                {step.message ? (
                  <span
                    className={cn(
                      'text-xs',
                      step.status === 'failed' ? 'text-destructive' : 'text-muted-foreground',
                    )}
                  >
                    {step.message}
                  </span>
                ) : null}
              </div>
              {step.durationMs !== undefined ? (
                <span className="text-xs text-muted-foreground tabular-nums">
                  {t('deployments.stepDuration', { seconds: (step.durationMs / 1000).toFixed(1) })}
                </span>
              ) : null}
            </li>
          );
        })}
        {upcoming.map((name) => (
          <li
            key={name}
            className="flex items-center gap-2 text-sm text-muted-foreground"
            data-status="pending"
          >
            <Circle aria-hidden="true" className="size-4 shrink-0" />
            {t(`deployments.step.${name}`)}
          </li>
        ))}
      </ol>
    </div>
  );
}
