import { Search } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeploymentSummary } from '../../../../contracts/index.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Input } from '../../../components/ui/input.js';
import { useFollowDeploymentLogs } from '../api/follow-deployment-logs.js';
import { useDeploymentLogTail } from '../api/get-deployment-logs.js';
import { useDebouncedValue } from '../lib/use-debounced-value.js';
import { LogLines } from './log-lines.js';

const TAIL = 200;

/** A deployment's log: followed live over server-sent events, or its latest lines; searchable either way. */
export function DeploymentLogs({
  tenantId,
  deployment,
}: {
  tenantId: string;
  deployment: DeploymentSummary;
}) {
  const { t } = useTranslation();
  const followId = useId();
  const [searchInput, setSearchInput] = useState('');
  const search = useDebouncedValue(searchInput.trim(), 300);
  const [follow, setFollow] = useState(true);
  const followed = useFollowDeploymentLogs(tenantId, deployment.platformId, deployment.id, {
    search,
    enabled: follow,
  });
  const tail = useDeploymentLogTail(tenantId, deployment.platformId, deployment.id, {
    tail: TAIL,
    search,
    enabled: !follow,
  });
  const lines = follow ? followed.lines : (tail.data?.lines ?? []);
  const error = follow ? (followed.state === 'failed' ? followed.error : null) : tail.error;

  // Following means staying at the newest line as lines arrive.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const pre = box.current?.querySelector('pre');
    if (follow && pre) pre.scrollTop = pre.scrollHeight;
  }, [follow, lines.length]);

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <div className="relative min-w-48 flex-1">
          <Search
            className="pointer-events-none absolute start-2.5 top-2.5 size-4 text-muted-foreground"
            aria-hidden="true"
          />
          <Input
            type="search"
            value={searchInput}
            onChange={(event) => setSearchInput(event.target.value)}
            placeholder={t('deployments.logs.search')}
            aria-label={t('deployments.logs.search')}
            className="ps-8"
          />
        </div>
        <label htmlFor={followId} className="flex items-center gap-2 text-sm">
          <input
            id={followId}
            type="checkbox"
            checked={follow}
            onChange={(event) => setFollow(event.target.checked)}
            className="size-4 accent-primary"
          />
          {t('deployments.logs.follow')}
        </label>
        {follow ? (
          <span className="text-xs text-muted-foreground" role="status">
            {t(`deployments.logs.${followed.state}`)}
          </span>
        ) : null}
      </div>
      {error ? <ProblemAlert error={error} message={t('deployments.logs.failed')} /> : null}
      <div ref={box}>
        <LogLines lines={lines} className="h-80 max-h-none" />
      </div>
    </div>
  );
}
