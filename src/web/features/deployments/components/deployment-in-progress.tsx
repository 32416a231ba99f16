import { LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DeploymentStep } from '../../../../contracts/index.js';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../../components/ui/card.js';
import { DeploySteps } from './deploy-steps.js';

/** A deployment on its way: the steps so far, announced politely as they change. */
export function DeploymentInProgress({
  version,
  steps,
}: {
  version: number | null;
  steps: readonly DeploymentStep[];
}) {
  const { t } = useTranslation();
  return (
    <Card aria-live="polite" aria-busy="true">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <LoaderCircle className="size-5 animate-spin text-primary" aria-hidden="true" />
          {version === null ? t('deployments.deploying') : t('deployments.buildingTitle', { version })}
        </CardTitle>
        <CardDescription>{t('deployments.buildingDescription')}</CardDescription>
      </CardHeader>
      <CardContent>
        <DeploySteps steps={steps} />
      </CardContent>
    </Card>
  );
}
