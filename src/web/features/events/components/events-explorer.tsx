import * as Tabs from '@radix-ui/react-tabs';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.js';
import { addFeatureStrings } from '../../../i18n/feature-strings.js';
import { cn } from '../../../lib/cn.js';
import { useLiveStatus, type LiveStatus } from '../../../lib/live-events.js';
import { eventsStrings } from '../strings.js';
import { DeadLettersPanel } from './dead-letters-panel.js';
import { EventLogPanel } from './event-log-panel.js';
import { SubscriptionsPanel } from './subscriptions-panel.js';

addFeatureStrings('events', eventsStrings);

const TAB_CLASS =
  'rounded-md px-3 py-1.5 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring data-[state=active]:bg-card data-[state=active]:text-foreground data-[state=active]:shadow-xs';

/** The event explorer: the tenant's events live, its subscriptions' lag, and dead letters to replay or discard. */
export function EventsExplorer({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('events.title')}
        description={t('events.description')}
        actions={<LiveIndicator status={useLiveStatus()} />}
      />
      <Tabs.Root defaultValue="events" className="grid gap-4">
        <Tabs.List
          aria-label={t('events.tabs.label')}
          className="inline-flex w-fit gap-1 rounded-lg bg-muted p-1"
        >
          <Tabs.Trigger value="events" className={TAB_CLASS}>
            {t('events.tabs.events')}
          </Tabs.Trigger>
          <Tabs.Trigger value="subscriptions" className={TAB_CLASS}>
            {t('events.tabs.subscriptions')}
          </Tabs.Trigger>
          <Tabs.Trigger value="dead-letters" className={TAB_CLASS}>
            {t('events.tabs.deadLetters')}
          </Tabs.Trigger>
        </Tabs.List>
        {/* The log stays mounted behind the other tabs so the live events it gathered are kept. */}
        <Tabs.Content value="events" forceMount className="data-[state=inactive]:hidden">
          <EventLogPanel tenantId={tenantId} />
        </Tabs.Content>
        <Tabs.Content value="subscriptions">
          <SubscriptionsPanel tenantId={tenantId} />
        </Tabs.Content>
        <Tabs.Content value="dead-letters">
          <DeadLettersPanel tenantId={tenantId} />
        </Tabs.Content>
      </Tabs.Root>
    </>
  );
}

function LiveIndicator({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  return (
    <span role="status" className="inline-flex items-center gap-2 text-sm text-muted-foreground">
      <span
        aria-hidden
        className={cn(
          'size-2 rounded-full',
          status === 'live'
            ? 'animate-pulse bg-success'
            : status === 'connecting'
              ? 'bg-warning'
              : 'bg-muted-foreground',
        )}
      />
      {t(`events.live.${status}`)}
    </span>
  );
}
