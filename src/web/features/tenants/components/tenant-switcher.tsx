import { Building2, ChevronsUpDown, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TenantSummary } from '../../../../contracts/index.js';
import { Button } from '../../../components/ui/button.js';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu.js';
import { storeTenantId } from '../../../lib/current-tenant.js';
import { CreateTenantDialog } from './create-tenant-dialog.js';

interface TenantSwitcherProps {
  tenants: TenantSummary[];
  current: TenantSummary | null;
}

export function TenantSwitcher({ tenants, current }: TenantSwitcherProps) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button
            variant="outline"
            size="sm"
            className="h-9 max-w-80 gap-2"
            aria-label={t('tenants.switcher')}
          >
            <Building2 className="text-muted-foreground" />
            {/* Names are typed by people in either script: let the browser pick each one's direction. */}
            <span className="truncate" dir="auto">
              {current?.name ?? t('tenants.none')}
            </span>
            {current ? (
              <span className="rounded-sm bg-muted px-1.5 py-0.5 text-[11px] font-medium text-muted-foreground">
                {t(`tiers.${current.tier}`)}
              </span>
            ) : null}
            <ChevronsUpDown className="text-muted-foreground" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-64">
          <DropdownMenuLabel>{t('tenants.yourTenants')}</DropdownMenuLabel>
          <DropdownMenuRadioGroup value={current?.id ?? ''} onValueChange={storeTenantId}>
            {tenants.map((tenant) => (
              <DropdownMenuRadioItem key={tenant.id} value={tenant.id}>
                <span className="grid min-w-0">
                  <span className="truncate" dir="auto">
                    {tenant.name}
                  </span>
                  <span className="text-xs text-muted-foreground">
                    {t(`tiers.${tenant.tier}`)} · {t(`roles.${tenant.role}`)}
                  </span>
                </span>
              </DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setCreating(true)}>
            <Plus />
            {t('tenants.create')}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <CreateTenantDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
