import { Eye, EyeOff, KeyRound } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/copy-button.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import { useRevealAdminCredentials } from '../api/get-admin-credentials.js';

/**
 * The platform's administrator login, hidden until asked for (each reveal is audited), with copy buttons
 * so it can be pasted into the preview's login form.
 */
export function AdminCredentials({ tenantId, platformId }: { tenantId: string; platformId: string }) {
  const { t } = useTranslation();
  const reveal = useRevealAdminCredentials(tenantId, platformId);
  const [shown, setShown] = useState(false);
  const credentials = shown ? reveal.data : undefined;
  const toggle = () => {
    if (shown) return setShown(false);
    setShown(true);
    if (!reveal.data) reveal.mutate();
  };
  return (
    <div className="grid gap-3 rounded-lg border bg-card p-3">
      <div className="flex flex-wrap items-center gap-2">
        <KeyRound className="size-4 text-muted-foreground" aria-hidden="true" />
        <div className="grid flex-1">
          <h3 className="text-sm font-medium">{t('deployments.admin.title')}</h3>
          <p className="text-xs text-muted-foreground">{t('deployments.admin.description')}</p>
        </div>
        <Button
          size="sm"
          variant="outline"
          onClick={toggle}
          disabled={reveal.isPending}
          aria-expanded={shown}
        >
          {shown ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
          {shown ? t('deployments.admin.hide') : t('deployments.admin.reveal')}
        </Button>
      </div>
      {shown && reveal.isError ? <ProblemAlert error={reveal.error} /> : null}
      {credentials ? (
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          {(['email', 'password'] as const).map((field) => (
            <div key={field} className="flex items-center gap-2">
              <dt className="text-muted-foreground">{t(`deployments.admin.${field}`)}</dt>
              <dd className="flex flex-1 items-center gap-2">
                <code dir="ltr" className="flex-1 truncate rounded bg-muted px-2 py-1 font-mono text-xs">
                  {credentials[field]}
                </code>
                <CopyButton text={credentials[field]} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
