import { Bot, CircleAlert, User } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../../lib/cn.js';

type Speaker = 'person' | 'assistant' | 'failure';

const ICONS = { person: User, assistant: Bot, failure: CircleAlert } as const;

/** One turn of the conversation: who spoke, and what. The person's turns sit at the inline end. */
export function ChatBubble({
  speaker,
  author,
  children,
}: {
  speaker: Speaker;
  /** Shown for the person's turns: in a shared tenant, several people talk to the same platform. */
  author?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const Icon = ICONS[speaker];
  const label = speaker === 'person' ? (author ?? t('chat.who.you')) : t('chat.who.assistant');
  return (
    <li className={cn('flex gap-3', speaker === 'person' && 'flex-row-reverse')}>
      <span
        className={cn(
          'mt-1 flex size-7 shrink-0 items-center justify-center rounded-full',
          speaker === 'person' && 'bg-primary text-primary-foreground',
          speaker === 'assistant' && 'bg-accent text-accent-foreground',
          speaker === 'failure' && 'bg-destructive/12 text-destructive',
        )}
        aria-hidden="true"
      >
        <Icon className="size-4" />
      </span>
      <div
        className={cn(
          'grid min-w-0 max-w-[min(44rem,85%)] gap-2 rounded-xl border px-4 py-3 text-sm',
          speaker === 'person' && 'border-primary/20 bg-primary/8',
          speaker === 'assistant' && 'bg-card',
          speaker === 'failure' && 'border-destructive/30 bg-destructive/5',
        )}
      >
        <span className="text-xs font-medium text-muted-foreground">{label}</span>
        {children}
      </div>
    </li>
  );
}
