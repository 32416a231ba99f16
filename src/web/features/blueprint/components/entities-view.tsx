import { useTranslation } from 'react-i18next';
import type { Blueprint, Field } from '../../../../contracts/index.js';
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
import { localized } from '../lib/localized.js';
import { DataClassBadge } from './data-class-badge.js';

/** Each entity as a card: its fields with their types, rules and data classes. */
export function EntitiesView({ blueprint }: { blueprint: Blueprint }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      {blueprint.entities.map((entity) => (
        <Card key={entity.name}>
          <CardHeader>
            <CardTitle className="flex flex-wrap items-baseline gap-2">
              {localized(entity.label, language, blueprint.defaultLocale)}
              <code className="text-xs font-normal text-muted-foreground">{entity.name}</code>
            </CardTitle>
            <CardDescription>
              {entity.description ?? t('blueprint.entities.count', { count: entity.fields.length })}
            </CardDescription>
          </CardHeader>
          <CardContent className="px-2 sm:px-2">
            <Table>
              <caption className="sr-only">
                {t('blueprint.entities.fieldsCaption', { entity: entity.name })}
              </caption>
              <TableHeader>
                <TableRow>
                  <TableHead>{t('blueprint.entities.field')}</TableHead>
                  <TableHead>{t('blueprint.entities.type')}</TableHead>
                  <TableHead>{t('blueprint.entities.rules')}</TableHead>
                  <TableHead>{t('blueprint.entities.dataClass')}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {entity.fields.map((field) => (
                  <TableRow key={field.name}>
                    <TableCell>
                      <div className="font-medium">
                        {localized(field.label, language, blueprint.defaultLocale)}
                      </div>
                      <code className="text-xs text-muted-foreground">{field.name}</code>
                    </TableCell>
                    <TableCell>
                      <code dir="ltr" className="text-xs">
                        {typeText(field)}
                      </code>
                    </TableCell>
                    <TableCell>
                      <div className="flex flex-wrap gap-1">
                        {field.required ? <Badge>{t('blueprint.entities.required')}</Badge> : null}
                        {field.unique ? (
                          <Badge variant="outline">{t('blueprint.entities.unique')}</Badge>
                        ) : null}
                        {!field.required && !field.unique ? (
                          <span className="text-xs text-muted-foreground">
                            {t('blueprint.entities.optional')}
                          </span>
                        ) : null}
                      </div>
                    </TableCell>
                    <TableCell>
                      <DataClassBadge dataClass={field.dataClass} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      ))}
    </div>
  );
}

/** `enum (paid | unpaid)`, `money (SAR)`, `string ≤ 200`: the type with what narrows it. */
function typeText(field: Field): string {
  if (field.type === 'enum' && field.values) return `enum (${field.values.map((v) => v.value).join(' | ')})`;
  if (field.type === 'money' && field.currency) return `money (${field.currency})`;
  if (field.maxLength !== undefined) return `${field.type} ≤ ${field.maxLength}`;
  return field.type;
}
