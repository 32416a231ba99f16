import { useMutation } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { GenerationSummary } from '../../../../contracts/index.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import { downloadZip } from '../api/download-zip.js';

interface DownloadZipButtonProps {
  tenantId: string;
  platformId: string;
  generation: GenerationSummary;
}

/** Saves the generation as `<slug>-v<version>.zip`. */
export function DownloadZipButton({ tenantId, platformId, generation }: DownloadZipButtonProps) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: () =>
      downloadZip(
        tenantId,
        platformId,
        generation.id,
        `${generation.slug}-v${generation.blueprintVersion}.zip`,
      ),
  });
  return (
    <div className="grid gap-2">
      <Button size="sm" disabled={download.isPending} onClick={() => download.mutate()}>
        <Download />
        {download.isPending ? t('code.downloading') : t('code.download')}
      </Button>
      {download.isError ? <ProblemAlert error={download.error} /> : null}
    </div>
  );
}
