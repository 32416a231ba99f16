import {
  Boxes,
  LayoutDashboard,
  Radio,
  Rocket,
  ScrollText,
  Settings,
  Users,
  type LucideIcon,
} from 'lucide-react';

export interface NavSection {
  /** i18n key under `nav.` and the route path. */
  id: 'overview' | 'platforms' | 'deployments' | 'events' | 'members' | 'audit' | 'settings';
  path: string;
  icon: LucideIcon;
  /** Sections later features fill; until then their page is a "coming soon" state. */
  comingSoon?: boolean;
}

export const NAV_GROUPS: { id: 'build' | 'govern'; sections: NavSection[] }[] = [
  {
    id: 'build',
    sections: [
      { id: 'overview', path: '/', icon: LayoutDashboard },
      { id: 'platforms', path: '/platforms', icon: Boxes },
      { id: 'deployments', path: '/deployments', icon: Rocket },
      { id: 'events', path: '/events', icon: Radio },
    ],
  },
  {
    id: 'govern',
    sections: [
      { id: 'members', path: '/members', icon: Users },
      { id: 'audit', path: '/audit', icon: ScrollText },
      { id: 'settings', path: '/settings', icon: Settings },
    ],
  },
];

export const COMING_SOON_SECTIONS = NAV_GROUPS.flatMap((group) => group.sections).filter(
  (section) => section.comingSoon,
);
