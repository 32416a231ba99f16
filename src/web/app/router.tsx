import { createBrowserRouter } from 'react-router';
import { AppFrame } from './layout/app-frame.js';
import { COMING_SOON_SECTIONS } from './layout/nav-sections.js';
import { AuditRoute } from './routes/audit.js';
import { ComingSoonRoute } from './routes/coming-soon.js';
import { LoginRoute } from './routes/login.js';
import { MembersRoute } from './routes/members.js';
import { NotFoundRoute } from './routes/not-found.js';
import { OverviewRoute } from './routes/overview.js';
import { SettingsRoute } from './routes/settings.js';
import { SignupRoute } from './routes/signup.js';

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginRoute /> },
    { path: '/signup', element: <SignupRoute /> },
    {
      element: <AppFrame />,
      children: [
        { index: true, element: <OverviewRoute /> },
        { path: 'members', element: <MembersRoute /> },
        { path: 'audit', element: <AuditRoute /> },
        { path: 'settings', element: <SettingsRoute /> },
        // The factory's own screens load on first visit: they carry most of the UI's weight.
        { path: 'platforms', lazy: () => import('./routes/platforms.js') },
        { path: 'platforms/:platformId/:tab?', lazy: () => import('./routes/platform-workspace.js') },
        { path: 'deployments', lazy: () => import('./routes/deployments.js') },
        { path: 'events', lazy: () => import('./routes/events.js') },
        ...COMING_SOON_SECTIONS.map((section) => ({
          path: section.path.slice(1),
          element: <ComingSoonRoute section={section} />,
        })),
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
