import { ShieldAlert, ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Alert } from '../../../components/ui/alert.js';
import { Button } from '../../../components/ui/button.js';
import { formatNumber } from '../../../lib/format.js';
import { useLanguage } from '../../../i18n/language.js';
import { useVerifyAuditChain } from '../api/verify-audit-chain.js';

/** Recomputes the hash chain on the server and reports intact or the first broken entry. */
export function VerifyChain({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const verify = useVerifyAuditChain(tenantId);
  const result = verify.data;
  return (
    <div className="grid gap-3">
      <Button
        variant="outline"
        onClick={() => verify.mutate()}
        disabled={verify.isPending}
        className="justify-self-start"
      >
        <ShieldCheck />
        {verify.isPending ? t('audit.verifying') : t('audit.verify')}
      </Button>
      <div aria-live="polite">
        {verify.isError ? <ProblemAlert error={verify.error} /> : null}
        {result?.ok ? (
          <Alert variant="success">
            <ShieldCheck />
            <p>{t('audit.verifyOk', { checked: formatNumber(result.checked, language) })}</p>
          </Alert>
        ) : null}
        {result && !result.ok ? (
          <Alert variant="destructive">
            <ShieldAlert />
            <div className="grid gap-1">
              <p className="font-medium">{t('audit.verifyBroken', { seq: result.firstBrokenSeq ?? '?' })}</p>
              {result.reason ? (
                <p className="font-mono text-xs" dir="ltr">
                  {result.reason}
                </p>
              ) : null}
            </div>
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
