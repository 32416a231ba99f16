import { Braces, FileDiff, GitFork, PencilLine, ShieldCheck, Table2, Users } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast } from '../../../../contracts/index.js';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import { useVersion } from '../api/get-version.js';
import { usePlatformVersions } from '../../../lib/platform-versions.js';
import { BlueprintEditor } from './blueprint-editor.js';
import { ComplianceView } from './compliance-view.js';
import { DiffView } from './diff-view.js';
import { EntitiesView } from './entities-view.js';
import { JsonView } from './json-view.js';
import { PermissionsMatrix } from './permissions-matrix.js';
import { RelationsDiagram } from './relations-diagram.js';
import { VersionBar } from './version-bar.js';
import { ViewTabs, ViewTabsContent, ViewTabsList, ViewTabsTrigger } from './view-tabs.js';

const VIEWS = [
  { id: 'entities', icon: Table2 },
  { id: 'relations', icon: GitFork },
  { id: 'permissions', icon: Users },
  { id: 'compliance', icon: ShieldCheck },
  { id: 'json', icon: Braces },
  { id: 'diff', icon: FileDiff },
  { id: 'edit', icon: PencilLine },
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

/** The Blueprint tab: one version at a time in readable views, comparing versions, and editing. */
export function BlueprintWorkspace({ platformId }: { platformId: string }) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const versions = usePlatformVersions(tenant.id, platformId);
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const [view, setView] = useState<ViewId>('entities');
  const selected = versions.data?.find((each) => each.version === picked) ?? versions.data?.[0];
  const detail = useVersion(tenant.id, platformId, selected?.version);
  const canEdit = roleAtLeast(tenant.role, 'developer');

  if (versions.isPending) return <LoadingRows />;
  if (versions.isError) return <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />;
  if (!selected) {
    return (
      <EmptyState
        icon={Table2}
        title={t('blueprint.empty.title')}
        description={t('blueprint.empty.description')}
      />
    );
  }
  return (
    <div className="grid gap-4">
      <VersionBar
        tenantId={tenant.id}
        role={tenant.role}
        platformId={platformId}
        versions={versions.data}
        selected={selected}
        onSelect={setPicked}
      />
      <ViewTabs
        value={view}
        onValueChange={(next) => {
          // Editing pins the version: a new one arriving from the chat must not swap the draft away.
          if (next === 'edit') setPicked(selected.version);
          setView(next as ViewId);
        }}
        dir={document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr'}
      >
        <ViewTabsList aria-label={t('blueprint.views.label')}>
          {VIEWS.filter((each) => each.id !== 'edit' || canEdit).map(({ id, icon: Icon }) => (
            <ViewTabsTrigger key={id} value={id}>
              <Icon aria-hidden="true" />
              {t(`blueprint.views.${id}`)}
            </ViewTabsTrigger>
          ))}
        </ViewTabsList>
        <div className="pt-4">
          {detail.isPending ? <LoadingRows /> : null}
          {detail.isError ? <ErrorState error={detail.error} onRetry={() => void detail.refetch()} /> : null}
          {detail.data ? (
            <>
              <ViewTabsContent value="entities">
                <EntitiesView blueprint={detail.data.blueprint} />
              </ViewTabsContent>
              <ViewTabsContent value="relations">
                <RelationsDiagram blueprint={detail.data.blueprint} />
              </ViewTabsContent>
              <ViewTabsContent value="permissions">
                <PermissionsMatrix blueprint={detail.data.blueprint} />
              </ViewTabsContent>
              <ViewTabsContent value="compliance">
                <ComplianceView blueprint={detail.data.blueprint} />
              </ViewTabsContent>
              <ViewTabsContent value="json">
                <JsonView blueprint={detail.data.blueprint} version={detail.data.version} />
              </ViewTabsContent>
              <ViewTabsContent value="diff">
                <DiffView
                  key={selected.version}
                  tenantId={tenant.id}
                  platformId={platformId}
                  versions={versions.data}
                  selected={selected.version}
                />
              </ViewTabsContent>
              {canEdit ? (
                <ViewTabsContent value="edit">
                  {/* Keyed by version: switching versions starts a fresh draft from that version. */}
                  <BlueprintEditor
                    key={detail.data.version}
                    tenantId={tenant.id}
                    platformId={platformId}
                    detail={detail.data}
                    onSaved={(version) => {
                      setPicked(version);
                      setView('diff');
                    }}
                  />
                </ViewTabsContent>
              ) : null}
            </>
          ) : null}
        </div>
      </ViewTabs>
    </div>
  );
}
