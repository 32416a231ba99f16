import { ChevronDown } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu.js';
import { DEVICE_PRESETS } from '../lib/device-presets.js';

/** The devices beyond the three main buttons, each with its size so people can pick by either. */
export function PresetsMenu({
  presetId,
  onChoose,
}: {
  presetId: string | null;
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();
  const current = DEVICE_PRESETS.find((preset) => preset.id === presetId);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant={current ? 'secondary' : 'ghost'} size="sm" aria-label={t('preview.morePresets')}>
          <span className="max-w-28 truncate">{current?.name ?? t('preview.morePresets')}</span>
          <ChevronDown aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="min-w-60">
        <DropdownMenuLabel>{t('preview.presetsLabel')}</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={presetId ?? ''} onValueChange={onChoose}>
          {DEVICE_PRESETS.map((preset) => (
            <DropdownMenuRadioItem key={preset.id} value={preset.id}>
              <span className="flex-1">{preset.name}</span>
              <span className="text-xs text-muted-foreground tabular-nums" dir="ltr">
                {preset.width}×{preset.height}
              </span>
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
