import { useTranslation } from 'react-i18next';
import { CRUD_ACTIONS, type Blueprint } from '../../../../contracts/index.js';
import { Badge } from '../../../components/ui/badge.js';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../../components/ui/card.js';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../../../components/ui/table.js';
import { effectivePermissions } from '../lib/effective-permissions.js';
import { localized } from '../lib/localized.js';

/** Entities down, roles across; each cell shows the CRUD letters a role has (inherited ones included) and their scope. */
export function PermissionsMatrix({ blueprint }: { blueprint: Blueprint }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const grantsByRole = blueprint.roles.map((role) => ({
    role,
    grants: effectivePermissions(role, blueprint.roles),
  }));
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('blueprint.views.permissions')}</CardTitle>
        <CardDescription>{t('blueprint.permissions.legend')}</CardDescription>
      </CardHeader>
      <CardContent className="px-2 sm:px-2">
        <Table>
          <caption className="sr-only">{t('blueprint.permissions.caption')}</caption>
          <TableHeader>
            <TableRow>
              <TableHead>{t('blueprint.permissions.entity')}</TableHead>
              {grantsByRole.map(({ role }) => (
                <TableHead key={role.name}>
                  <div className="grid gap-1">
                    <span className="text-foreground">
                      {localized(role.label, language, blueprint.defaultLocale)}
                    </span>
                    <code className="font-normal">{role.name}</code>
                    {role.administrator ? (
                      <Badge className="w-fit">{t('blueprint.permissions.administrator')}</Badge>
                    ) : null}
                    {role.inherits.length > 0 ? (
                      <span className="font-normal">
                        {t('blueprint.permissions.inherits', { roles: role.inherits.join(', ') })}
                      </span>
                    ) : null}
                  </div>
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {blueprint.entities.map((entity) => (
              <TableRow key={entity.name}>
                <TableHead scope="row" className="text-foreground">
                  {entity.name}
                </TableHead>
                {grantsByRole.map(({ role, grants }) => {
                  const grant = grants.get(entity.name);
                  return (
                    <TableCell key={role.name}>
                      {grant ? (
                        <div className="flex flex-wrap items-center gap-1">
                          {CRUD_ACTIONS.filter((action) => grant.actions.has(action)).map((action) => (
                            <abbr
                              key={action}
                              title={t(`blueprint.permissions.actionNames.${action}`)}
                              className="inline-flex size-6 items-center justify-center rounded bg-primary/12 text-xs font-semibold text-primary no-underline"
                            >
                              <span aria-hidden="true">{t(`blueprint.permissions.actions.${action}`)}</span>
                              <span className="sr-only">
                                {t(`blueprint.permissions.actionNames.${action}`)}
                              </span>
                            </abbr>
                          ))}
                          <Badge variant={grant.scope === 'own' ? 'outline' : 'muted'}>
                            {t(`blueprint.permissions.scopes.${grant.scope}`)}
                          </Badge>
                        </div>
                      ) : (
                        <span className="text-xs text-muted-foreground">
                          {t('blueprint.permissions.noAccess')}
                        </span>
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
