/** The generated web app's shared library: API client, auth, router and data loading: the same for every Blueprint. */
import type { StaticSource } from './static-source.js';

export const libSources: StaticSource[] = [
  {
    path: 'web/src/lib/storage.ts',
    body: `/**
 * Browser storage that never throws. Inside a cross-site iframe (the platform's preview, shown by the
 * factory), a browser that blocks third-party storage throws on any use of localStorage; the app then
 * keeps its values in memory for the page's life instead of failing to start.
 */

const memory = new Map<string, string>();

function local(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readStored(key: string): string | null {
  try {
    return local()?.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

export function writeStored(key: string, value: string | null): void {
  if (value === null) memory.delete(key);
  else memory.set(key, value);
  try {
    if (value === null) local()?.removeItem(key);
    else local()?.setItem(key, value);
  } catch {
    // Kept in memory only: storage is refused (blocked, full or disabled).
  }
}
`,
  },
  {
    path: 'web/src/lib/api.ts',
    body: `/** The HTTP client for \`/api\`: sends the Bearer token and turns problem+json answers into ApiError. */

import { readStored, writeStored } from './storage.js';

const TOKEN_KEY = 'webnova.token';

export interface FieldProblem {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldProblems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ListPage<TRecord> {
  items: TRecord[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ListQuery {
  page: number;
  pageSize: number;
  q?: string;
  sort?: string;
  order?: 'asc' | 'desc';
}

/** A record as served: the fields of its entity plus the bookkeeping every record has. */
export type ApiRecord = Record<string, unknown> & { id: string; createdBy?: string | null };

export function readToken(): string | null {
  return readStored(TOKEN_KEY);
}

export function storeToken(token: string | null): void {
  writeStored(TOKEN_KEY, token);
}

let whenSignedOut: () => void = () => undefined;

/** Called when the server no longer accepts the token, so the app can show the login page. */
export function onSignedOut(handler: () => void): void {
  whenSignedOut = handler;
}

function authorizationHeaders(): Record<string, string> {
  const token = readToken();
  return token ? { Authorization: \`Bearer \${token}\` } : {};
}

export async function apiRequest<T>(
  path: string,
  options: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...authorizationHeaders() };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(\`/api\${path}\`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? null : JSON.stringify(options.body),
    signal: options.signal ?? null,
  });
  if (response.status === 401 && readToken() !== null) {
    storeToken(null);
    whenSignedOut();
  }
  if (!response.ok) throw await apiErrorOf(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function apiErrorOf(response: Response): Promise<ApiError> {
  const fallback = \`\${response.status} \${response.statusText}\`.trim();
  try {
    const problem = (await response.json()) as { title?: unknown; detail?: unknown; errors?: unknown };
    const message = typeof problem.detail === 'string' ? problem.detail : problem.title;
    const errors = Array.isArray(problem.errors) ? (problem.errors as FieldProblem[]) : [];
    return new ApiError(response.status, typeof message === 'string' ? message : fallback, errors);
  } catch {
    return new ApiError(response.status, fallback);
  }
}

export function listPath(path: string, query: ListQuery): string {
  const params = new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) });
  if (query.q) params.set('q', query.q);
  if (query.sort) {
    params.set('sort', query.sort);
    params.set('order', query.order ?? 'asc');
  }
  return \`\${path}?\${params.toString()}\`;
}

/** Downloads a stored file; a plain link cannot carry the Bearer token, so the bytes are fetched here. */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  const response = await fetch(\`/api\${path}\`, { headers: authorizationHeaders() });
  if (!response.ok) throw await apiErrorOf(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
`,
  },
  {
    path: 'web/src/lib/auth.tsx',
    body: `/** The signed-in user, their permissions from \`GET /api/auth/me\`, and signing in and out. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { roleClosure } from '../app-config.js';
import { apiRequest, onSignedOut, readToken, storeToken, type ApiRecord } from './api.js';

export type Scope = 'all' | 'own';
export type Action = 'create' | 'read' | 'update' | 'delete';

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  roles: string[];
  /** Keyed by the entity's plural kebab name, e.g. \`lab-results\`; inheritance already resolved. */
  permissions: Record<string, Record<Action, Scope | null> | undefined>;
}

interface AuthState {
  user: CurrentUser | null;
  loading: boolean;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** May the user do this to the entity at all (any scope)? */
  can: (entityPath: string, action: Action) => boolean;
  /** May the user do this to this record? \`own\` scope covers only records they created. */
  canOnRecord: (entityPath: string, action: Action, record: ApiRecord) => boolean;
  /** Does the user hold one of these roles, directly or through inheritance? Empty means anyone. */
  hasSomeRole: (roles: readonly string[]) => boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [loading, setLoading] = useState(() => readToken() !== null);

  const loadUser = useCallback(async () => {
    setLoading(true);
    try {
      setUser(await apiRequest<CurrentUser>('/auth/me'));
    } catch {
      storeToken(null);
      setUser(null);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    onSignedOut(() => setUser(null));
    if (readToken() !== null) void loadUser();
  }, [loadUser]);

  const state = useMemo<AuthState>(() => {
    const scopeOf = (entityPath: string, action: Action): Scope | null =>
      user?.permissions[entityPath]?.[action] ?? null;
    const heldRoles = new Set(user?.roles.flatMap((role) => roleClosure[role] ?? [role]) ?? []);
    return {
      user,
      loading,
      signIn: async (email, password) => {
        const { token } = await apiRequest<{ token: string }>('/auth/login', {
          method: 'POST',
          body: { email, password },
        });
        storeToken(token);
        await loadUser();
      },
      signOut: async () => {
        try {
          await apiRequest('/auth/logout', { method: 'POST' });
        } finally {
          storeToken(null);
          setUser(null);
        }
      },
      can: (entityPath, action) => scopeOf(entityPath, action) !== null,
      canOnRecord: (entityPath, action, record) => {
        const scope = scopeOf(entityPath, action);
        return scope === 'all' || (scope === 'own' && record.createdBy === user?.id);
      },
      hasSomeRole: (roles) => roles.length === 0 || roles.some((role) => heldRoles.has(role)),
    };
  }, [user, loading, loadUser]);

  return <AuthContext value={state}>{children}</AuthContext>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}
`,
  },
  {
    path: 'web/src/lib/router.tsx',
    body: `/** A small History API router: the server answers every non-/api path with index.html. */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

/** Matches \`/patients/:id\` against \`/patients/42\`, giving \`{ id: '42' }\`, or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const expected = pattern.split('/').filter(Boolean);
  const actual = pathname.split('/').filter(Boolean);
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    const value = actual[index] ?? '';
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(value);
    else if (segment !== value) return null;
  }
  return params;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
}
`,
  },
  {
    path: 'web/src/lib/use-api.ts',
    body: `/** Loads a GET endpoint for a component, cancelling the request when the path changes or it unmounts. */
import { useCallback, useEffect, useState } from 'react';
import { apiRequest } from './api.js';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

/** \`path\` null means nothing to load yet. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    apiRequest<T>(path, { signal: controller.signal })
      .then((result) => setData(result))
      .catch((cause: unknown) => {
        if (!controller.signal.aborted) setError(cause instanceof Error ? cause : new Error(String(cause)));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((count) => count + 1), []);
  return { data, error, loading, reload };
}
`,
  },
];
