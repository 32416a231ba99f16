import { ChatBubble } from './chat-bubble.js';
import { StreamingReply } from './streaming-reply.js';

/** A message just sent and the reply streaming in for it, before either is stored. */
export function PendingTurn({ text, streamedText }: { text: string; streamedText: string }) {
  return (
    <>
      <ChatBubble speaker="person">
        <p dir="auto" className="whitespace-pre-wrap">
          {text}
        </p>
      </ChatBubble>
      <StreamingReply text={streamedText} />
    </>
  );
}
