import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { CurrentTenantContext, storeTenantId, useStoredTenantId } from '../../lib/current-tenant.js';
import { useLiveEventsConnection } from '../../lib/live-events.js';
import { useSession } from '../../features/auth/api/get-session.js';
import { useTenants } from '../../features/tenants/api/get-tenants.js';
import { AppHeader } from './app-header.js';
import { FullPageError, FullPageLoading } from './full-page-state.js';
import { SideNav } from './side-nav.js';
import { SkipLink } from './skip-link.js';

/** The signed-in frame: header, side navigation and the current tenant for every page inside. */
export function AppFrame() {
  const location = useLocation();
  const session = useSession();
  const signedIn = session.data ?? null;
  const tenants = useTenants(signedIn?.tenants);
  const storedTenantId = useStoredTenantId();
  const tenantList = tenants.data ?? signedIn?.tenants ?? [];
  // A remembered tenant the user no longer belongs to (or another user's) falls back to their first one.
  const currentTenant = tenantList.find((tenant) => tenant.id === storedTenantId) ?? tenantList[0] ?? null;

  // One live connection per tab, for the tenant being worked in: its events refresh the cached views.
  useLiveEventsConnection(signedIn ? (currentTenant?.id ?? null) : null);

  useEffect(() => {
    if (currentTenant && currentTenant.id !== storedTenantId) storeTenantId(currentTenant.id);
  }, [currentTenant, storedTenantId]);

  if (session.isPending) return <FullPageLoading />;
  if (session.isError) return <FullPageError error={session.error} onRetry={() => void session.refetch()} />;
  if (!signedIn) {
    const from = location.pathname + location.search;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  return (
    <CurrentTenantContext.Provider value={currentTenant}>
      <SkipLink />
      <AppHeader user={signedIn.user} tenants={tenantList} currentTenant={currentTenant} />
      <div className="flex">
        <SideNav />
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 outline-none">
          <div className="mx-auto w-full max-w-6xl px-6 py-8 lg:px-10">
            <Outlet context={signedIn} />
          </div>
        </main>
      </div>
    </CurrentTenantContext.Provider>
  );
}
