import { createContext, useContext, useSyncExternalStore } from 'react';
import type { TenantSummary } from '../../contracts/index.js';

const STORAGE_KEY = 'webnova.tenant';
const listeners = new Set<() => void>();

/** The tenant the user last worked in, remembered across reloads; the API client sends it as X-Tenant-Id. */
export function getStoredTenantId(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeTenantId(tenantId: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, tenantId);
  } catch {
    // Blocked storage only means the choice is not remembered.
  }
  listeners.forEach((listener) => listener());
}

export function useStoredTenantId(): string | null {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, getStoredTenantId);
}

/** Set by the app frame once the tenant list is loaded, so tenant pages never see a stale or foreign id. */
export const CurrentTenantContext = createContext<TenantSummary | null>(null);

export function useCurrentTenant(): TenantSummary {
  const tenant = useContext(CurrentTenantContext);
  if (!tenant) throw new Error('useCurrentTenant needs the app frame to provide a tenant');
  return tenant;
}
