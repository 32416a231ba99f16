/** The generated web app's build script, compiler settings, entry point, app and routes: the same for every Blueprint. */
import type { StaticSource } from './static-source.js';

export const projectSources: StaticSource[] = [
  {
    path: 'web/build.ts',
    body: `/**
 * Bundles the web app into dist/web/: hashed assets (so browsers may cache them forever) and an
 * index.html that names them. Run with \`tsx web/build.ts\`.
 */
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appName, defaultLocale } from './src/app-config.js';
import { directionOf } from './src/lib/direction.js';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.dirname(webRoot);
const outDir = path.join(projectRoot, 'dist', 'web');

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function indexHtml(script: string, stylesheet: string | undefined): string {
  const styleLink = stylesheet ? \`\\n    <link rel="stylesheet" href="/\${stylesheet}" />\` : '';
  return \`<!doctype html>
<html lang="\${defaultLocale}" dir="\${directionOf(defaultLocale)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>\${escapeHtml(appName)}</title>\${styleLink}
    <script type="module" src="/\${script}"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
\`;
}

async function main(): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: [path.join(webRoot, 'src', 'main.tsx')],
    bundle: true,
    outdir: outDir,
    entryNames: 'assets/[name]-[hash]',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    sourcemap: true,
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((file) =>
    path.relative(outDir, path.resolve(projectRoot, file)).split(path.sep).join('/'),
  );
  const script = outputs.find((file) => file.endsWith('.js'));
  if (!script) throw new Error('esbuild wrote no JavaScript bundle; check the errors above');
  const stylesheet = outputs.find((file) => file.endsWith('.css'));
  await writeFile(path.join(outDir, 'index.html'), indexHtml(script, stylesheet));
  console.log(\`Web app written to \${path.relative(process.cwd(), outDir) || '.'} (\${script})\`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
`,
  },
  {
    path: 'web/tsconfig.json',
    body: `{
  "compilerOptions": {
    "target": "ES2023",
    "lib": ["ES2023", "DOM", "DOM.Iterable"],
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "jsx": "react-jsx",
    "strict": true,
    "noUncheckedIndexedAccess": true,
    "noFallthroughCasesInSwitch": true,
    "isolatedModules": true,
    "esModuleInterop": true,
    "skipLibCheck": true,
    "forceConsistentCasingInFileNames": true,
    "types": ["node"],
    "noEmit": true
  },
  "include": ["src", "custom", "build.ts"]
}
`,
  },
  {
    path: 'web/src/env.d.ts',
    body: `/** esbuild bundles imported stylesheets into their own file; TypeScript only needs to know they exist. */
declare module '*.css';
`,
  },
  {
    path: 'web/src/main.tsx',
    body: `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { AuthProvider } from './lib/auth.js';
import { I18nProvider } from './lib/i18n.js';
import { applyTheme, readTheme } from './lib/theme.js';
import './styles.css';

applyTheme(readTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no element with id "root"');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <AuthProvider>
        <App />
      </AuthProvider>
    </I18nProvider>
  </StrictMode>,
);
`,
  },
  {
    path: 'web/src/app.tsx',
    body: `/** The app: the login page until signed in, then the page for the current path inside the shell. */
import { AppShell } from './components/app-shell.js';
import { useAuth } from './lib/auth.js';
import { useI18n } from './lib/i18n.js';
import { maySee } from './lib/navigation.js';
import { usePathname } from './lib/router.js';
import { LoginPage } from './pages/login-page.js';
import { MessagePage } from './pages/message-page.js';
import { resolveRoute } from './routes.js';

export function App() {
  const auth = useAuth();
  const { t } = useI18n();
  const pathname = usePathname();

  if (auth.loading) return <p className="loading-screen">{t('loading')}</p>;
  if (!auth.user) return <LoginPage />;

  const route = resolveRoute(pathname);
  const allowed =
    route !== null &&
    (route.page === undefined || maySee(route.page, auth)) &&
    (route.needs === undefined || auth.can(route.needs.entity, route.needs.action));
  let content = route?.element;
  if (!route) content = <MessagePage title="notFoundTitle" message="notFound" />;
  else if (!allowed) content = <MessagePage title="forbiddenTitle" message="forbidden" />;

  return <AppShell>{content}</AppShell>;
}
`,
  },
  {
    path: 'web/src/routes.tsx',
    body: `/**
 * Which page a path shows: the Blueprint's pages first, then your own pages (web/custom/pages.tsx),
 * then each entity's standard paths (\`/<entities>\`, \`/<entities>/new\`, \`/<entities>/:id\`, \`/:id/edit\`).
 */
import type { ReactNode } from 'react';
import { customPages } from '../custom/pages.js';
import { pages, type PageConfig } from './app-config.js';
import { entityViews } from './entity-registry.js';
import type { EntityViews } from './lib/entity-config.js';
import type { Action } from './lib/auth.js';
import { matchPath } from './lib/router.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { MessagePage } from './pages/message-page.js';

export interface ResolvedRoute {
  element: ReactNode;
  /** The Blueprint page shown, whose roles limit who may see it. */
  page?: PageConfig;
  /** What the user must be allowed to do to see it. */
  needs?: { entity: string; action: Action };
}

const need = (views: EntityViews, action: Action) => ({ entity: views.config.path, action });

function pageRoute(page: PageConfig, params: Record<string, string>): ResolvedRoute | null {
  const views = page.entity ? entityViews[page.entity] : undefined;
  const { id } = params;
  switch (page.kind) {
    case 'dashboard':
      return { page, element: <DashboardPage title={page.title} /> };
    case 'custom': {
      const custom = customPages.find((candidate) => candidate.path === page.path);
      const element = custom ? (
        custom.render(params)
      ) : (
        <MessagePage title={page.title} message="customPage" />
      );
      return { page, element };
    }
    case 'entity-list':
      return views ? { page, needs: need(views, 'read'), element: <views.List title={page.title} /> } : null;
    case 'entity-detail':
      return views && id ? { page, needs: need(views, 'read'), element: <views.Detail id={id} /> } : null;
    case 'entity-form':
      if (!views) return null;
      return { page, needs: need(views, id ? 'update' : 'create'), element: <views.Form id={id} /> };
  }
}

export function resolveRoute(pathname: string): ResolvedRoute | null {
  for (const page of pages) {
    const params = matchPath(page.path, pathname);
    const route = params ? pageRoute(page, params) : null;
    if (route) return route;
  }
  for (const custom of customPages) {
    const params = matchPath(custom.path, pathname);
    if (params) return { element: custom.render(params) };
  }
  for (const views of Object.values(entityViews)) {
    const base = \`/\${views.config.path}\`;
    if (matchPath(base, pathname)) return { needs: need(views, 'read'), element: <views.List /> };
    if (matchPath(\`\${base}/new\`, pathname)) return { needs: need(views, 'create'), element: <views.Form /> };
    const edit = matchPath(\`\${base}/:id/edit\`, pathname);
    if (edit?.id) return { needs: need(views, 'update'), element: <views.Form id={edit.id} /> };
    const detail = matchPath(\`\${base}/:id\`, pathname);
    if (detail?.id) return { needs: need(views, 'read'), element: <views.Detail id={detail.id} /> };
  }
  return null;
}
`,
  },
];
