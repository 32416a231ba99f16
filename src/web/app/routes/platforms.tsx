import { NewPlatformChat } from '../../features/chat/index.js';
import { PlatformsHome } from '../../features/platforms/index.js';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireTenant } from '../layout/require-tenant.js';

/** The platforms home; loaded lazily by the router (`Component` is React Router's lazy-route export). */
export function Component() {
  return (
    <RequireTenant>
      <PlatformsRoute />
    </RequireTenant>
  );
}

function PlatformsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.platforms'));
  return <PlatformsHome newPlatform={<NewPlatformChat />} />;
}
