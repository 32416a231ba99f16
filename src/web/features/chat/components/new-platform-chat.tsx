import { Sparkles } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import { useCreatePlatform } from '../api/create-platform.js';
import { MessageComposer } from './message-composer.js';
import { PendingTurn } from './pending-turn.js';

const EXAMPLES = ['clinic', 'school', 'permits'] as const;

/**
 * The first message of a new platform. While version 1 is drafted the analysis streams in here; then
 * the conversation continues in the new platform's workspace.
 */
export function NewPlatformChat() {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const navigate = useNavigate();
  const create = useCreatePlatform(tenant.id, (result) => {
    void navigate(`/platforms/${result.platform.id}/chat`);
  });
  const [draft, setDraft] = useState('');
  const send = (description: string) => create.mutate(description);
  return (
    <div className="grid gap-4">
      {create.isPending ? (
        <ol className="grid gap-4">
          <PendingTurn text={create.variables} streamedText={create.streamedText} />
        </ol>
      ) : null}
      {create.isError ? <ProblemAlert error={create.error} /> : null}
      <MessageComposer
        value={draft}
        onChange={setDraft}
        onSend={send}
        pending={create.isPending}
        placeholder={t('chat.composer.placeholderNew')}
      />
      <div className="grid gap-2">
        <p className="text-xs font-medium text-muted-foreground">{t('chat.newPlatform.examplesLabel')}</p>
        <ul className="flex flex-wrap gap-2">
          {EXAMPLES.map((example) => (
            <li key={example}>
              <Button
                variant="outline"
                size="sm"
                disabled={create.isPending}
                className="h-auto whitespace-normal py-1.5 text-start"
                onClick={() => setDraft(t(`chat.newPlatform.examples.${example}`))}
              >
                <Sparkles aria-hidden="true" />
                {t(`chat.newPlatform.examples.${example}`)}
              </Button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
