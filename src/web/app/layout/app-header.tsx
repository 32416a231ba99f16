import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TenantSummary, User } from '../../../contracts/index.js';
import { BrandMark } from '../../components/brand-mark.js';
import { LanguageMenu } from '../../components/language-menu.js';
import { ThemeMenu } from '../../components/theme-menu.js';
import { Separator } from '../../components/ui/separator.js';
import { UserMenu } from '../../features/auth/components/user-menu.js';
import { TenantSwitcher } from '../../features/tenants/components/tenant-switcher.js';

interface AppHeaderProps {
  user: User;
  tenants: TenantSummary[];
  currentTenant: TenantSummary | null;
}

export function AppHeader({ user, tenants, currentTenant }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="sticky top-0 z-40 flex h-14 items-center gap-4 border-b bg-card/85 px-4 backdrop-blur supports-[backdrop-filter]:bg-card/70">
      <Link to="/" aria-label={t('nav.home')} className="rounded-md">
        <BrandMark />
      </Link>
      <Separator orientation="vertical" className="h-6" />
      <TenantSwitcher tenants={tenants} current={currentTenant} />
      <div className="ms-auto flex items-center gap-1">
        <LanguageMenu />
        <ThemeMenu />
        <Separator orientation="vertical" className="mx-1 h-6" />
        <UserMenu user={user} />
      </div>
    </header>
  );
}
