import { Building2 } from 'lucide-react';
import { useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../components/ui/card.js';
import { CreateTenantForm } from '../../features/tenants/components/create-tenant-form.js';
import { CurrentTenantContext } from '../../lib/current-tenant.js';

/** Tenant pages need a tenant: someone who belongs to none is invited to create their first. */
export function RequireTenant({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const tenant = useContext(CurrentTenantContext);
  if (tenant) return children;
  return (
    <div className="mx-auto grid max-w-lg gap-6 py-10">
      <div className="grid justify-items-center gap-3 text-center">
        <div className="flex size-12 items-center justify-center rounded-full bg-accent text-accent-foreground">
          <Building2 className="size-6" aria-hidden="true" />
        </div>
        <h1 className="text-2xl font-semibold tracking-tight">{t('tenants.noneTitle')}</h1>
        <p className="text-sm text-muted-foreground">{t('tenants.noneDescription')}</p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{t('tenants.createTitle')}</CardTitle>
          <CardDescription>{t('tenants.createDescription')}</CardDescription>
        </CardHeader>
        <CardContent>
          <CreateTenantForm />
        </CardContent>
      </Card>
    </div>
  );
}
