import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { cn } from '../../lib/cn.js';
import { NAV_GROUPS } from './nav-sections.js';

/** Full labels from 1024 px; narrower screens keep the icons, each still named for screen readers. */
export function SideNav() {
  const { t } = useTranslation();
  return (
    <nav
      aria-label={t('nav.label')}
      className="sticky top-14 h-[calc(100vh-3.5rem)] w-16 shrink-0 overflow-y-auto border-e bg-card/40 px-2 py-6 lg:w-60 lg:px-3"
    >
      {NAV_GROUPS.map((group) => (
        <div key={group.id} className="mb-6">
          <h2 className="mb-2 hidden px-3 text-[11px] font-semibold uppercase tracking-wider text-muted-foreground lg:block">
            {t(`nav.groups.${group.id}`)}
          </h2>
          <ul className="grid gap-0.5">
            {group.sections.map(({ id, path, icon: Icon, comingSoon }) => (
              <li key={id}>
                <NavLink
                  to={path}
                  end={path === '/'}
                  title={t(`nav.${id}`)}
                  className={({ isActive }) =>
                    cn(
                      'flex h-9 items-center justify-center gap-3 rounded-md px-3 text-sm text-muted-foreground transition-colors hover:bg-muted hover:text-foreground lg:justify-start',
                      isActive &&
                        'bg-accent font-medium text-accent-foreground hover:bg-accent hover:text-accent-foreground',
                    )
                  }
                >
                  <Icon className="size-4 shrink-0" aria-hidden="true" />
                  <span className="sr-only lg:not-sr-only lg:flex-1">{t(`nav.${id}`)}</span>
                  {comingSoon ? (
                    <span className="hidden rounded-full border px-1.5 py-px text-[10px] font-medium text-muted-foreground lg:inline">
                      {t('nav.soon')}
                    </span>
                  ) : null}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
