/**
 * The tenant's platforms: the home with search and filters, and the frame of one platform's workspace
 * (header and tabs). What goes inside (chat, Blueprint, code…) comes from other features.
 * @module
 */
import { addFeatureStrings } from '../../i18n/feature-strings.js';
import { platformsStrings } from './strings.js';

addFeatureStrings('platforms', platformsStrings);

export { useLatestVersion } from './api/get-latest-version.js';
export { PlatformsHome } from './components/platforms-home.js';
export { WorkspaceHeader } from './components/workspace-header.js';
export { WorkspaceTabsNav } from './components/workspace-tabs-nav.js';
export { WORKSPACE_TABS, toWorkspaceTab, type WorkspaceTab } from './lib/workspace-tabs.js';
