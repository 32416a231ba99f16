import { useTranslation } from 'react-i18next';
import type { DataClass } from '../../../../contracts/index.js';
import { Badge } from '../../../components/ui/badge.js';
import { cn } from '../../../lib/cn.js';

const TONES: Record<DataClass, string> = {
  none: 'bg-muted text-muted-foreground',
  personal: 'bg-accent text-accent-foreground',
  health: 'bg-destructive/12 text-destructive',
  'payment-card': 'bg-warning/20 text-foreground',
  secret: 'bg-foreground text-background',
};

/** How sensitive a field is: the colour helps scanning, the word carries the meaning. */
export function DataClassBadge({ dataClass }: { dataClass: DataClass }) {
  const { t } = useTranslation();
  return (
    <Badge className={cn('whitespace-nowrap', TONES[dataClass])}>
      {t(`blueprint.dataClasses.${dataClass}`)}
    </Badge>
  );
}
