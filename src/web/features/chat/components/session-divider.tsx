import { useTranslation } from 'react-i18next';
import type { ChatSessionSummary } from '../../../../contracts/index.js';
import { useLanguage } from '../../../i18n/language.js';
import { formatDateTime } from '../../../lib/format.js';

/** Where a conversation begins in the platform's story: when, and by whom. */
export function SessionDivider({ session }: { session: ChatSessionSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li className="flex items-center gap-3 text-xs text-muted-foreground">
      <span className="h-px flex-1 bg-border" aria-hidden="true" />
      <span>
        {t('chat.sessions.started', {
          date: formatDateTime(session.startedAt, language),
          who: session.startedBy.label,
        })}
      </span>
      <span className="h-px flex-1 bg-border" aria-hidden="true" />
    </li>
  );
}
