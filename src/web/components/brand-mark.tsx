import { useTranslation } from 'react-i18next';

/** The product's mark and name; the same glyph as favicon.svg. */
export function BrandMark() {
  const { t } = useTranslation();
  return (
    <span className="flex items-center gap-2.5 font-semibold tracking-tight">
      <svg viewBox="0 0 32 32" className="size-7 shrink-0" aria-hidden="true">
        <rect width="32" height="32" rx="8" className="fill-primary" />
        <path
          d="M8 11l3.5 11L16 13l4.5 9L24 11"
          fill="none"
          className="stroke-primary-foreground"
          strokeWidth="2.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className="text-base">{t('app.name')}</span>
    </span>
  );
}
