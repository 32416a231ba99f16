import { CircleAlert, CircleCheck, Info, LoaderCircle, RefreshCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DeploymentStep, DeploymentSummary } from '../../../../contracts/index.js';
import { Alert } from '../../../components/ui/alert.js';
import { Badge } from '../../../components/ui/badge.js';
import { Button } from '../../../components/ui/button.js';
import type { PreviewFreshness } from '../lib/preview-freshness.js';
import { DeploySteps } from './deploy-steps.js';

interface PreviewVersionBarProps {
  serving: DeploymentSummary;
  /** A newer version on its way to the preview, with its steps so far. */
  updating: { version: number; steps: readonly DeploymentStep[] } | null;
  freshness: PreviewFreshness;
  /** Null for someone who may not deploy: the newer version is named, with no action. */
  onUpdate: (() => void) | null;
}

/**
 * Above the preview: which Blueprint version it shows, and, when a newer one exists, either its deployment
 * in progress (the old version keeps serving meanwhile) or an "Update preview" action with the reason it
 * did not update by itself.
 */
export function PreviewVersionBar({ serving, updating, freshness, onUpdate }: PreviewVersionBarProps) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Badge variant="success">
          <CircleCheck className="size-3.5" aria-hidden="true" />
          {t('deployments.preview.showing', { version: serving.blueprintVersion })}
        </Badge>
      </div>
      {updating ? (
        <Alert role="status" aria-busy="true">
          <LoaderCircle className="animate-spin text-primary" aria-hidden="true" />
          <div className="grid flex-1 gap-3">
            <p>
              {t('deployments.preview.updating', {
                version: updating.version,
                serving: serving.blueprintVersion,
              })}
            </p>
            <DeploySteps steps={updating.steps} />
          </div>
        </Alert>
      ) : freshness.kind === 'behind' ? (
        <Alert role="status" variant={freshness.failed ? 'destructive' : 'info'} className="items-center">
          {freshness.failed ? <CircleAlert aria-hidden="true" /> : <Info aria-hidden="true" />}
          <p className="flex-1">
            {freshness.failed
              ? t('deployments.preview.updateFailed', {
                  version: freshness.version,
                  serving: serving.blueprintVersion,
                  reason: freshness.failed.reason ?? t(`deployments.status.${freshness.failed.status}`),
                })
              : t('deployments.preview.behind', {
                  serving: serving.blueprintVersion,
                  latest: freshness.version,
                })}
          </p>
          {onUpdate ? (
            <Button size="sm" variant="outline" onClick={onUpdate}>
              <RefreshCw aria-hidden="true" />
              {t('deployments.preview.update')}
            </Button>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}
