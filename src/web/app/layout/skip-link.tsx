import { useTranslation } from 'react-i18next';

/** Lets keyboard users jump past the header and navigation straight to the page content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:fixed focus:start-4 focus:top-3 focus:z-[100] focus:rounded-md focus:bg-primary focus:px-4 focus:py-2 focus:text-sm focus:font-medium focus:text-primary-foreground"
    >
      {t('app.skipToContent')}
    </a>
  );
}
