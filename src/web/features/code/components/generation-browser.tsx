import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GenerationSummary } from '../../../../contracts/index.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { useGeneration } from '../api/get-generation.js';
import { formatBytes } from '../lib/format-bytes.js';
import { DownloadZipButton } from './download-zip-button.js';
import { FileTree } from './file-tree.js';
import { FileViewer } from './file-viewer.js';

interface GenerationBrowserProps {
  tenantId: string;
  platformId: string;
  generation: GenerationSummary;
  actions: ReactNode;
}

/** A generation's header, its file tree beside the open file. */
export function GenerationBrowser({ tenantId, platformId, generation, actions }: GenerationBrowserProps) {
  const { t } = useTranslation();
  const detail = useGeneration(tenantId, platformId, generation.id);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  // README first: it says what the project is before anyone opens a source file.
  const opened = picked ?? detail.data?.files.find((file) => file.path === 'README.md')?.path;
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <div className="grid gap-0.5">
          <p className="text-sm font-medium">
            {t('code.generation', {
              version: generation.blueprintVersion,
              files: generation.fileCount,
              size: formatBytes(generation.totalBytes, t),
            })}
          </p>
          <p className="text-xs text-muted-foreground">
            {t('code.generator', { version: generation.generatorVersion })}
          </p>
        </div>
        <div className="ms-auto flex flex-wrap gap-2">
          {actions}
          <DownloadZipButton tenantId={tenantId} platformId={platformId} generation={generation} />
        </div>
      </div>
      {detail.isPending ? <LoadingRows /> : null}
      {detail.isError ? <ErrorState error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {detail.data ? (
        <div className="grid h-[70vh] min-h-[28rem] grid-cols-[minmax(14rem,18rem)_minmax(0,1fr)] overflow-hidden rounded-xl border bg-card">
          <div className="flex min-h-0 flex-col border-e p-2">
            <FileTree files={detail.data.files} selectedPath={opened} onSelect={setPicked} />
          </div>
          <div className="flex min-h-0 flex-col">
            <FileViewer
              tenantId={tenantId}
              platformId={platformId}
              generationId={generation.id}
              path={opened}
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}
