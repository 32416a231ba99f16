import { useTranslation } from 'react-i18next';
import { TENANT_ROLES, type TenantRole } from '../../../../contracts/index.js';
import type { ControlProps } from '../../../components/form-field.js';
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from '../../../components/ui/select.js';

type RoleSelectProps = Partial<ControlProps> & {
  value?: TenantRole;
  defaultValue?: TenantRole;
  onValueChange?: (role: TenantRole) => void;
  /** Set inside a form so the role travels in its FormData. */
  name?: string;
  disabled?: boolean;
  'aria-label'?: string;
  className?: string;
};

export function RoleSelect({
  value,
  defaultValue,
  onValueChange,
  name,
  disabled,
  className,
  ...trigger
}: RoleSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      {...(value ? { value } : {})}
      {...(defaultValue ? { defaultValue } : {})}
      {...(name ? { name } : {})}
      {...(disabled ? { disabled } : {})}
      onValueChange={(role) => onValueChange?.(role as TenantRole)}
    >
      <SelectTrigger className={className} {...trigger}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {TENANT_ROLES.map((role) => (
          <SelectItem key={role} value={role}>
            {t(`roles.${role}`)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
