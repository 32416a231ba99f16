import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cn } from '../../../lib/cn.js';
import { WORKSPACE_TABS, type WorkspaceTab } from '../lib/workspace-tabs.js';

/**
 * The workspace's tabs as links, so each tab has its own URL (shareable, back button works). Arrow keys
 * move between them like tabs; Enter follows the link. The current one is marked with aria-current.
 */
export function WorkspaceTabsNav({ platformId, current }: { platformId: string; current: WorkspaceTab }) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const links = [...(listRef.current?.querySelectorAll('a') ?? [])];
    const index = links.findIndex((link) => link === document.activeElement);
    if (index === -1) return;
    // Arrow keys follow the reading direction: in Arabic, ArrowLeft moves forward.
    const forward = document.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = document.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const step = event.key === forward ? 1 : event.key === backward ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    links[(index + step + links.length) % links.length]?.focus();
  };
  return (
    <nav aria-label={t('platforms.workspace.tabsLabel')} className="border-b">
      <ul ref={listRef} onKeyDown={onKeyDown} className="-mb-px flex gap-1 overflow-x-auto">
        {WORKSPACE_TABS.map((tab) => (
          <li key={tab}>
            <Link
              to={`/platforms/${platformId}/${tab}`}
              aria-current={tab === current ? 'page' : undefined}
              className={cn(
                'inline-flex h-10 items-center border-b-2 border-transparent px-3 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring',
                tab === current && 'border-primary text-foreground',
              )}
            >
              {t(`platforms.workspace.tabs.${tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
