import * as AvatarPrimitive from '@radix-ui/react-avatar';
import { cn } from '../../lib/cn.js';

/** Initials on a tinted circle; no image fetching, so nothing leaves the installation. */
export function InitialsAvatar({ name, className }: { name: string; className?: string }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
  return (
    <AvatarPrimitive.Root
      className={cn('inline-flex size-8 shrink-0 overflow-hidden rounded-full', className)}
      aria-hidden="true"
    >
      <AvatarPrimitive.Fallback className="flex size-full items-center justify-center bg-accent text-xs font-semibold text-accent-foreground">
        {initials || '?'}
      </AvatarPrimitive.Fallback>
    </AvatarPrimitive.Root>
  );
}
