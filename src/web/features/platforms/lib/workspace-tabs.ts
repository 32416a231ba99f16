/** The workspace's tabs, in order; each is a URL segment: /platforms/:platformId/<tab>. */
export const WORKSPACE_TABS = ['chat', 'blueprint', 'code', 'preview', 'deployments'] as const;
export type WorkspaceTab = (typeof WORKSPACE_TABS)[number];

/** An unknown or missing segment opens the chat, where a platform's story starts. */
export function toWorkspaceTab(segment: string | undefined): WorkspaceTab {
  return WORKSPACE_TABS.find((tab) => tab === segment) ?? 'chat';
}
