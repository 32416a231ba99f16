import { cn } from '../../lib/cn.js';

interface ProgressProps {
  /** 0-100. */
  value: number;
  label: string;
  valueText: string;
  className?: string;
}

/** A usage bar; amber from 90 % and at the limit (worth noticing, not an error), red only past it. */
export function Progress({ value, label, valueText, className }: ProgressProps) {
  const clamped = Math.min(100, Math.max(0, value));
  const tone = value > 100 ? 'bg-destructive' : value >= 90 ? 'bg-warning' : 'bg-primary';
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(clamped)}
      aria-valuetext={valueText}
      className={cn('h-2 w-full overflow-hidden rounded-full bg-muted', className)}
    >
      <div className={cn('h-full rounded-full', tone)} style={{ width: `${clamped}%` }} />
    </div>
  );
}
