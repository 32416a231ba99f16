import { useTranslation } from 'react-i18next';
import { BrandMark } from '../../components/brand-mark.js';
import { ErrorState } from '../../components/error-state.js';

/** While the session loads: a calm, centred mark instead of a flash of the login page. */
export function FullPageLoading() {
  const { t } = useTranslation();
  return (
    <div role="status" className="flex min-h-screen flex-col items-center justify-center gap-4">
      <div className="animate-pulse">
        <BrandMark />
      </div>
      <span className="text-sm text-muted-foreground">{t('states.loading')}</span>
    </div>
  );
}

export function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-lg items-center px-6">
      <div className="w-full">
        <ErrorState error={error} onRetry={onRetry} />
      </div>
    </main>
  );
}
