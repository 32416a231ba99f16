import { ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Blueprint } from '../../../../contracts/index.js';
import { Badge } from '../../../components/ui/badge.js';
import { Card, CardContent, CardHeader, CardTitle } from '../../../components/ui/card.js';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../../../components/ui/table.js';

/** The rules the platform must follow, the services it talks to, and where it runs. */
export function ComplianceView({ blueprint }: { blueprint: Blueprint }) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card>
        <CardHeader>
          <CardTitle>{t('blueprint.compliance.regimes')}</CardTitle>
        </CardHeader>
        <CardContent>
          {blueprint.compliance.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t('blueprint.compliance.noRegimes')}</p>
          ) : (
            <ul className="flex flex-wrap gap-2">
              {blueprint.compliance.map((regime) => (
                <li key={regime}>
                  <Badge variant="success">
                    <ShieldCheck className="size-3.5" aria-hidden="true" />
                    {regime}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t('blueprint.compliance.deployment')}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-1 text-sm">
          <p>{t('blueprint.compliance.targets', { targets: blueprint.deployment.targets.join(', ') })}</p>
          <p>{t('blueprint.compliance.residency', { residency: blueprint.deployment.dataResidency })}</p>
          <p>
            {t('blueprint.compliance.locales', {
              locales: blueprint.locales.join(', '),
              defaultLocale: blueprint.defaultLocale,
            })}
          </p>
        </CardContent>
      </Card>
      <Card className="lg:col-span-2">
        <CardHeader>
          <CardTitle>{t('blueprint.compliance.integrations')}</CardTitle>
        </CardHeader>
        <CardContent className="px-2 sm:px-2">
          {blueprint.integrations.length === 0 ? (
            <p className="px-4 text-sm text-muted-foreground">{t('blueprint.compliance.noIntegrations')}</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t('blueprint.compliance.category')}</TableHead>
                  <TableHead>{t('blueprint.compliance.provider')}</TableHead>
                  <TableHead>{t('blueprint.compliance.purpose')}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {blueprint.integrations.map((integration) => (
                  <TableRow key={`${integration.category}:${integration.provider}`}>
                    <TableCell>{integration.category}</TableCell>
                    <TableCell>
                      <code>{integration.provider}</code>
                    </TableCell>
                    <TableCell className="text-muted-foreground">{integration.purpose ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
