import { useSyncExternalStore, type ComponentType } from 'react';
import { useParams } from 'react-router';
import {
  toWorkspaceTab,
  WorkspaceHeader,
  WorkspaceTabsNav,
  type WorkspaceTab,
} from '../../features/platforms/index.js';
import { RequireTenant } from '../layout/require-tenant.js';
import { BlueprintTab } from './workspace/blueprint-tab.js';
import { ChatTab } from './workspace/chat-tab.js';
import { CodeTab } from './workspace/code-tab.js';
import { DeploymentsTab } from './workspace/deployments-tab.js';
import { PreviewTab } from './workspace/preview-tab.js';

const TAB_CONTENT: Record<WorkspaceTab, ComponentType<{ platformId: string }>> = {
  chat: ChatTab,
  blueprint: BlueprintTab,
  code: CodeTab,
  preview: PreviewTab,
  deployments: DeploymentsTab,
};

/** One platform's workspace; loaded lazily by the router (`Component` is React Router's lazy-route export). */
export function Component() {
  return (
    <RequireTenant>
      <PlatformWorkspace />
    </RequireTenant>
  );
}

function PlatformWorkspace() {
  const params = useParams();
  const platformId = params.platformId!;
  const tab = toWorkspaceTab(params.tab);
  const Content = TAB_CONTENT[tab];
  // On wide screens the conversation stays beside the other tabs, so a change asked for in the chat can
  // be watched in the Blueprint or the preview. Below that, the tabs alone, each at full width.
  // Rendered only then (not merely hidden), so the page never holds two message boxes of the same name.
  const chatBeside = useWideScreen() && tab !== 'chat';
  return (
    <div className="grid gap-4">
      <WorkspaceHeader platformId={platformId} />
      <WorkspaceTabsNav platformId={platformId} current={tab} />
      <div className={chatBeside ? 'grid grid-cols-[minmax(0,1fr)_22rem] gap-6' : 'grid'}>
        <div className="min-w-0">
          <Content key={platformId} platformId={platformId} />
        </div>
        {chatBeside ? (
          <aside className="sticky top-20 max-h-[calc(100vh-6rem)] min-w-0 self-start overflow-y-auto border-s ps-6">
            <ChatTab key={platformId} platformId={platformId} />
          </aside>
        ) : null}
      </div>
    </div>
  );
}

// Tailwind's 2xl: with the side navigation open, narrower screens leave the tab too little room.
const WIDE = '(min-width: 1536px)';

function useWideScreen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      const query = window.matchMedia(WIDE);
      query.addEventListener('change', listener);
      return () => query.removeEventListener('change', listener);
    },
    () => window.matchMedia(WIDE).matches,
  );
}
