import { Code2, Sparkles } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast } from '../../../../contracts/index.js';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import { useGenerateCode } from '../api/generate-code.js';
import { useGenerations } from '../api/get-generations.js';
import { GenerationBrowser } from './generation-browser.js';

/** The Code tab: the latest generation's files, or a button to generate them. */
export function CodeWorkspace({ platformId }: { platformId: string }) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const generations = useGenerations(tenant.id, platformId);
  const generate = useGenerateCode(tenant.id, platformId);
  const canGenerate = roleAtLeast(tenant.role, 'developer');

  if (generations.isPending) return <LoadingRows />;
  if (generations.isError)
    return <ErrorState error={generations.error} onRetry={() => void generations.refetch()} />;
  const generateButton = (label: string) =>
    canGenerate ? (
      <Button
        variant={generations.data.length === 0 ? 'default' : 'outline'}
        size={generations.data.length === 0 ? 'default' : 'sm'}
        disabled={generate.isPending}
        onClick={() => generate.mutate()}
      >
        <Sparkles />
        {generate.isPending ? t('code.generating') : label}
      </Button>
    ) : null;
  const latest = generations.data[0];
  return (
    <div className="grid gap-4">
      {generate.isError ? <ProblemAlert error={generate.error} /> : null}
      {latest ? (
        <GenerationBrowser
          tenantId={tenant.id}
          platformId={platformId}
          generation={latest}
          actions={generateButton(t('code.regenerate'))}
        />
      ) : (
        <EmptyState
          icon={Code2}
          title={t('code.empty.title')}
          description={canGenerate ? t('code.empty.description') : t('code.empty.readOnly')}
          action={generateButton(t('code.generate'))}
        />
      )}
    </div>
  );
}
