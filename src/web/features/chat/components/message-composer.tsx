import { SendHorizontal } from 'lucide-react';
import { useId, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';

interface MessageComposerProps {
  value: string;
  onChange: (value: string) => void;
  onSend: (text: string) => void;
  pending: boolean;
  placeholder: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** The message box every chat uses; its accessible name is "Describe your platform" in both cases. */
export function MessageComposer({
  value,
  onChange,
  onSend,
  pending,
  placeholder,
  textareaRef,
}: MessageComposerProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const canSend = value.trim().length > 0 && !pending;
  const send = () => {
    if (canSend) onSend(value.trim());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends like every chat; Shift+Enter and IME composition keep their usual meaning.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };
  return (
    <form
      className="grid gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        {t('chat.composer.label')}
      </label>
      <div className="flex items-end gap-2 rounded-xl border border-input bg-card p-2 shadow-xs focus-within:outline-2 focus-within:outline-offset-1 focus-within:outline-ring">
        <textarea
          id={id}
          ref={textareaRef}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder={placeholder}
          aria-describedby={hintId}
          rows={3}
          maxLength={20_000}
          className="min-h-16 flex-1 resize-y bg-transparent px-1 py-1 text-sm outline-none placeholder:text-muted-foreground"
        />
        <Button type="submit" disabled={!canSend} aria-busy={pending}>
          <SendHorizontal className="rtl:-scale-x-100" aria-hidden="true" />
          {pending ? t('chat.composer.sending') : t('chat.composer.send')}
        </Button>
      </div>
      <p id={hintId} className="text-xs text-muted-foreground">
        {t('chat.composer.hint')}
      </p>
    </form>
  );
}
