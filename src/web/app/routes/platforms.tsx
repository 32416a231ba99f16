import { ComingSoonRoute } from './coming-soon.js';
import { NAV_GROUPS } from '../layout/nav-sections.js';

// Placeholder until the feature lands: the route is registered (lazily) so the navigation works.
const section = NAV_GROUPS.flatMap((group) => group.sections).find((each) => each.id === 'platforms')!;

export function Component() {
  return <ComingSoonRoute section={section} />;
}
