/** The generated web app's place for the user's own pages, written once and then theirs: the same for every Blueprint. */
import type { StaticSource } from './static-source.js';

export const customPageSources: StaticSource[] = [
  {
    path: 'web/src/lib/custom-pages.ts',
    body: `/** What a page of your own (in web/custom/pages.tsx) declares. */
import type { ReactNode } from 'react';

export interface CustomPage {
  /** e.g. \`/reports\` or \`/patients/:id/summary\`; \`:name\` segments arrive as params. */
  path: string;
  render: (params: Record<string, string>) => ReactNode;
}
`,
  },
  {
    path: 'web/custom/pages.tsx',
    owned: true,
    body: `/**
 * Your own pages. WebNova writes this file once and never overwrites it, so edit it freely.
 * A page listed here is shown at its path for signed-in users; a Blueprint page of kind "custom" with
 * the same path keeps its place in the menu and its role limits.
 *
 * For example:
 *   { path: '/reports', render: () => <h1>Reports</h1> },
 */
import type { CustomPage } from '../src/lib/custom-pages.js';

export const customPages: CustomPage[] = [];
`,
  },
];
