import { useTranslation } from 'react-i18next';
import type { DeploymentLogLine } from '../../../../contracts/index.js';
import { cn } from '../../../lib/cn.js';

/** Log output as a terminal shows it: monospace, left to right even in Arabic, stderr in red. */
export function LogLines({ lines, className }: { lines: readonly DeploymentLogLine[]; className?: string }) {
  const { t } = useTranslation();
  return (
    <pre
      dir="ltr"
      tabIndex={0}
      aria-label={t('deployments.logs.region')}
      className={cn(
        'max-h-80 overflow-auto rounded-md border bg-muted/50 p-3 font-mono text-xs leading-relaxed text-start',
        className,
      )}
    >
      {lines.length === 0 ? (
        <span className="text-muted-foreground">{t('deployments.noLogLines')}</span>
      ) : (
        lines.map((line) => (
          <div
            key={line.seq}
            className={cn(
              'whitespace-pre-wrap break-all',
              line.stream === 'stderr' && 'text-destructive',
              line.stream === 'system' && 'text-muted-foreground italic',
            )}
          >
            {line.text}
          </div>
        ))
      )}
    </pre>
  );
}
