import { FileCode } from 'lucide-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { CopyButton } from '../../../components/copy-button.js';
import { useGeneratedFile } from '../api/get-generated-file.js';
import { formatBytes } from '../lib/format-bytes.js';

// The highlighter loads with the first opened file, not with the page.
const HighlightedCode = lazy(() =>
  import('../highlight/highlighted-code.js').then((module) => ({ default: module.HighlightedCode })),
);

interface FileViewerProps {
  tenantId: string;
  platformId: string;
  generationId: string;
  path: string | undefined;
}

/** One generated file, with line numbers and syntax colours. */
export function FileViewer({ tenantId, platformId, generationId, path }: FileViewerProps) {
  const { t } = useTranslation();
  const file = useGeneratedFile(tenantId, platformId, generationId, path);
  if (path === undefined) {
    return (
      <div className="flex h-full flex-col items-center justify-center gap-2 p-10 text-center text-sm text-muted-foreground">
        <FileCode className="size-8" aria-hidden="true" />
        {t('code.viewer.pick')}
      </div>
    );
  }
  if (file.isPending)
    return (
      <div className="p-4">
        <LoadingRows rows={6} />
      </div>
    );
  if (file.isError)
    return (
      <div className="p-4">
        <ErrorState error={file.error} onRetry={() => void file.refetch()} />
      </div>
    );
  const lineCount = file.data.content.split('\n').length;
  return (
    <div className="flex min-h-0 flex-col">
      <div className="flex flex-wrap items-center gap-3 border-b px-4 py-2">
        <code dir="ltr" className="truncate text-sm font-medium">
          {file.data.path}
        </code>
        <span className="text-xs text-muted-foreground">
          {formatBytes(file.data.size, t)} · {t('code.viewer.lines', { count: lineCount })}
        </span>
        <div className="ms-auto">
          <CopyButton text={file.data.content} />
        </div>
      </div>
      {/* Code reads left to right in both languages. */}
      <div
        dir="ltr"
        tabIndex={0}
        role="region"
        aria-label={t('code.viewer.label', { path: file.data.path })}
        className="grid min-h-0 flex-1 grid-cols-[auto_1fr] overflow-auto font-mono text-xs leading-5 focus-visible:outline-2 focus-visible:outline-ring"
      >
        <pre
          aria-hidden="true"
          className="select-none border-e bg-muted/40 px-3 py-3 text-end text-muted-foreground"
        >
          {Array.from({ length: lineCount }, (_, index) => index + 1).join('\n')}
        </pre>
        <pre className="px-4 py-3 text-start">
          <Suspense fallback={<code>{file.data.content}</code>}>
            <HighlightedCode path={file.data.path} content={file.data.content} />
          </Suspense>
        </pre>
      </div>
    </div>
  );
}
