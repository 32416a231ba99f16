import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlueprintVersionSummary } from '../../../../contracts/index.js';
import { Label } from '../../../components/ui/label.js';
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from '../../../components/ui/select.js';

interface VersionSelectProps {
  label: string;
  versions: BlueprintVersionSummary[];
  value: number | undefined;
  onChange: (version: number) => void;
}

/** Picks one of the platform's versions; each option says where the version came from and if it is approved. */
export function VersionSelect({ label, versions, value, onChange }: VersionSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select
        value={value === undefined ? undefined : String(value)}
        onValueChange={(next) => onChange(Number(next))}
      >
        <SelectTrigger id={id} className="w-56">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {versions.map((version) => (
            <SelectItem key={version.version} value={String(version.version)}>
              {t('blueprint.versionOption', {
                version: version.version,
                source: t(`blueprint.sources.${version.source}`),
              })}
              {version.approved ? ` · ${t('blueprint.approved')}` : ''}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
